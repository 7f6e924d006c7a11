package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail over SMTP into GreenMail on a free port: the zh-CN subject arrives, and a resend keeps its Message-ID. */
class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void aWarningMailArrivesWithItsChineseSubjectAndTheMessageIdOfItsKey() throws Exception {
        EmailChannel channel = channel(smtp.getSmtp().getPort());
        OutgoingMessage message = new OutgoingMessage("4f1c…:email:zhiban@zezhou.example.cn", "email",
                "zhiban@zezhou.example.cn", "【红色预警】晋城市恒泰氯碱化工有限公司 液氯储罐区",
                "### 晋城市恒泰氯碱化工有限公司 液氯储罐区 红色预警（重大）\n\n- 预警因子：高高报/低低报报警",
                Instant.parse("2026-11-30T08:00:00Z"));

        Delivery first = channel.send(message);
        Delivery again = channel.send(message);

        assertThat(first.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(again.providerReference()).isEqualTo(first.providerReference());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("【红色预警】晋城市恒泰氯碱化工有限公司 液氯储罐区");
        assertThat(received[0].getContent().toString()).contains("高高报/低低报报警");
        assertThat(List.of(received[0].getMessageID(), received[1].getMessageID()))
                .containsOnly(EmailChannel.messageId(message.idempotencyKey()));
    }

    @Test
    void aMailServerThatIsDownIsRetriedNotRejected() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        Delivery d = channel(closed).send(new OutgoingMessage("k", "email", "a@b.example.cn", "主题", "正文",
                Instant.now()));
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.RETRY);
    }

    private static EmailChannel channel(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        var beans = new StaticListableBeanFactory(Map.of("mail", sender));
        NotifySettings settings = new NotifySettings(Duration.ofSeconds(5), 100,
                Duration.ofMinutes(2), Duration.ofHours(24), null,
                Duration.ofMinutes(2), null, null, null, List.of("sms-http"), null,
                "hazwatch@jincheng.example.cn");
        return new EmailChannel(beans.getBeanProvider(JavaMailSender.class), settings);
    }
}
