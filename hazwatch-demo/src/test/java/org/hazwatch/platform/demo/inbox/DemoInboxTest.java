package org.hazwatch.platform.demo.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.notify.Delivery;
import org.hazwatch.platform.notify.DingTalkChannel;
import org.hazwatch.platform.notify.HttpSmsChannel;
import org.hazwatch.platform.notify.NotifySettings;
import org.hazwatch.platform.notify.OutgoingMessage;
import org.hazwatch.platform.notify.SmppChannel;
import org.hazwatch.platform.notify.WeComChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** In the context of DemoTelemetryTest (the same properties): the receivers are off in the other tests. */
@DemoTest
@TestPropertySource(properties = {"hazwatch.demo.telemetry=true", "hazwatch.demo.inbox=true",
        "hazwatch.demo.history=true"})
class DemoInboxTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    SmppChannel smpp;

    @Autowired
    HttpSmsChannel httpSms;

    @Autowired
    DingTalkChannel dingTalk;

    @Autowired
    WeComChannel weCom;

    @Autowired
    JavaMailSender mail;

    @Autowired
    DemoInbox inbox;

    @Autowired
    NotifySettings notifySettings;

    @Test
    void theDemoRobotsAreConfiguredOnceForRoutingAndTheirChannel() {
        assertThat(DemoInboxEnvironment.settings(1, 2, 3).keySet())
                .noneMatch(k -> k.startsWith("hazwatch.notify.channels.") && k.contains(".robots"))
                .contains("hazwatch.notify.channels.dingtalk.enabled", "hazwatch.notify.channels.wecom.enabled");
        assertThat(notifySettings.robot(DemoInboxEnvironment.DINGTALK_ROBOT)).hasValueSatisfying(r -> {
            assertThat(r.channel()).isEqualTo("dingtalk");
            assertThat(r.secret()).isEqualTo(DemoInboxEnvironment.DINGTALK_SECRET);
        });
        assertThat(dingTalk.enabled()).isTrue();
        assertThat(weCom.enabled()).isTrue();
    }

    @Test
    void everyChannelOfTheDemoDeliversToItsReceiverAndTheInboxShowsWhatEachGot() {
        assertThat(smpp.enabled()).isTrue();
        String key = "demo-inbox-test-" + System.nanoTime();

        assertThat(smpp.send(message(key, "sms-smpp", "13800138000", "SMPP 红色预警")).outcome())
                .isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(httpSms.send(message(key, "sms-http", "13800138001", "HTTP \"红色\"预警")).outcome())
                .isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(dingTalk.send(message(key, "dingtalk", DemoInboxEnvironment.DINGTALK_ROBOT, "钉钉 红色预警")).outcome())
                .isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(weCom.send(message(key, "wecom", DemoInboxEnvironment.WECOM_ROBOT, "企业微信 红色预警")).outcome())
                .isEqualTo(Delivery.Outcome.DELIVERED);
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom("hazwatch-demo@localhost");
        email.setTo("duty@example.org");
        email.setSubject("【红色预警】邮件");
        email.setText("邮件 红色预警");
        mail.send(email);

        assertThat(inbox.messages()).extracting(DemoInboxMessage::channel, DemoInboxMessage::address)
                .contains(org.assertj.core.groups.Tuple.tuple("sms-smpp", "13800138000"),
                        org.assertj.core.groups.Tuple.tuple("sms-http", "13800138001"),
                        org.assertj.core.groups.Tuple.tuple("dingtalk", DemoInboxEnvironment.DINGTALK_ROBOT),
                        org.assertj.core.groups.Tuple.tuple("wecom", DemoInboxEnvironment.WECOM_ROBOT),
                        org.assertj.core.groups.Tuple.tuple("email", "duty@example.org"));
        var admin = MockMvcTester.create(mockMvc).get().uri("/api/v1/demo/inbox")
                .with(httpBasic("admin", "admin-test-password"));
        assertThat(admin).bodyJson().extractingPath("$[0].at").asString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
        assertThat(admin).hasStatusOk().bodyJson().extractingPath("$[*].text").asArray()
                .contains("SMPP 红色预警", "HTTP \"红色\"预警", "邮件 红色预警")
                .anySatisfy(text -> assertThat(text.toString()).contains("钉钉 红色预警"))
                .anySatisfy(text -> assertThat(text.toString()).contains("企业微信 红色预警"));
    }

    @Test
    void regulatorsMayReadTheInboxAndEnterpriseUsersMayNot() {
        var regulator = MockMvcTester.create(mockMvc).get().uri("/api/v1/demo/inbox")
                .with(httpBasic("zezhou", "Demo@2026"));
        var operator = MockMvcTester.create(mockMvc).get().uri("/api/v1/demo/inbox")
                .with(httpBasic("hengtai", "Demo@2026"));

        assertThat(regulator).hasStatusOk();
        assertThat(operator).hasStatus(403);
    }

    private static OutgoingMessage message(String key, String channel, String address, String text) {
        return new OutgoingMessage(key + "/" + channel, channel, address, "【红色预警】演示", text, Instant.now());
    }
}
