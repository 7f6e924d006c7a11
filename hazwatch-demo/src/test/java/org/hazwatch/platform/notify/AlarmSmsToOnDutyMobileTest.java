package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.demo.inbox.DemoInbox;
import org.hazwatch.platform.demo.inbox.DemoInboxMessage;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People (issue 16): an alarm SMS reaches the on-duty operator's mobile in the demo inbox (the demo's SMSC), the
 * duty phone only while nobody on duty has a mobile, and an H alarm is not texted by default. In the context of
 * DemoInboxTest (the same properties).
 */
@DemoTest
@TestPropertySource(properties = {"hazwatch.demo.telemetry=true", "hazwatch.demo.inbox=true",
        "hazwatch.demo.history=true"})
class AlarmSmsToOnDutyMobileTest {

    static final String ENTERPRISE = "14052500003";
    static final String DUTY_PHONE = "0356-2500003";
    static final String MOBILE = "13812340003";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    NotifyFixture fixture;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Registry registry;

    @Autowired
    DemoInbox inbox;

    @Test
    void anHhAlarmIsTextedToTheOnDutyOperatorsMobileAndTheDutyPhoneIsTheFallback() throws Exception {
        PointDefinition point = registry.pointsOf(ENTERPRISE).get(0);
        Instant t = Instant.parse("2026-08-20T02:00:00Z");

        raise(point, Severity.HH, t);
        assertThat(fixture.deliveriesOfKind(ENTERPRISE, "ALARM", t, t.plusSeconds(60)))
                .as("nobody on duty yet: the duty phone").extracting(NotifyFixture.Row::address)
                .containsExactly(DUTY_PHONE);

        String created = mockMvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username": "sms-duty-op", "displayName": "王当班", "role": "ENTERPRISE_OPERATOR",
                                 "enterpriseCode": "%s", "mobile": "%s", "onDuty": true}""".formatted(ENTERPRISE,
                                MOBILE)))
                .andReturn().getResponse().getContentAsString();
        assertThat(created).contains("\"mobile\":\"" + MOBILE + "\"", "\"onDuty\":true", "\"generatedPassword\"");

        Instant t2 = t.plus(Duration.ofMinutes(10));
        raise(point, Severity.HH, t2);
        List<NotifyFixture.Row> held = fixture.deliveriesOfKind(ENTERPRISE, "ALARM", t2, t2.plusSeconds(60));
        assertThat(held).as("the on-duty operator's mobile, not the duty phone")
                .extracting(NotifyFixture.Row::address, NotifyFixture.Row::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MOBILE, "当班人员"));

        dispatcher.dispatch(t2.plus(Duration.ofMinutes(3)));
        assertThat(fixture.deliveriesOfKind(ENTERPRISE, "ALARM", t2, t2.plusSeconds(60)))
                .extracting(NotifyFixture.Row::state).containsExactly("DELIVERED");
        List<DemoInboxMessage> texts = inbox.messages().stream().filter(m -> m.address().equals(MOBILE)).toList();
        assertThat(texts).as("the demo SMSC got the text for the mobile").isNotEmpty()
                .allSatisfy(m -> assertThat(m.channel()).isEqualTo("sms-smpp"))
                .anySatisfy(m -> assertThat(m.text()).contains(point.name()).contains("高高报"));

        Instant t3 = t.plus(Duration.ofMinutes(20));
        raise(point, Severity.H, t3);
        assertThat(fixture.deliveriesOfKind(ENTERPRISE, "ALARM", t3, t3.plusSeconds(60)))
                .as("H is not texted by default (HH, LL)").isEmpty();

        mockMvc.perform(put("/api/v1/users/sms-duty-op/contact").with(httpBasic("admin", "admin-test-password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"mobile\": \"" + MOBILE + "\", \"onDuty\": false}"));
    }

    private void raise(PointDefinition point, Severity severity, Instant at) {
        fixture.publish(new AlarmRaised(UUID.randomUUID(), EnterpriseCode.of(ENTERPRISE), PointCode.of(point.code()),
                severity == Severity.H || severity == Severity.HH ? AlarmKind.LIMIT_HIGH : AlarmKind.LIMIT_LOW,
                severity, severity.priority(), at, false));
    }
}
