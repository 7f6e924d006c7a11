package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** bulletin (issue 13): a bulletin's e-mail carries its PDF, byte for byte, under the bulletin's file name. */
class BulletinMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void theMailCarriesThePdfAsAnAttachmentBesideTheText() throws Exception {
        byte[] pdf = "%PDF-1.7 a bulletin".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        OutgoingMessage message = new OutgoingMessage("b-1:email:zhiban@zezhou.example.cn", "email",
                "zhiban@zezhou.example.cn", "【信息通报】泽应急通报〔2026〕12号 泽州县危险化学品安全风险监测预警月报",
                "### 泽应急通报〔2026〕12号\n\n请查阅附件（PDF）并抓好落实。", Instant.parse("2026-12-01T00:00:00Z"),
                new OutgoingMessage.Attachment("泽应急通报〔2026〕12号.pdf", "application/pdf", pdf));

        Delivery d = channel(smtp.getSmtp().getPort()).send(message);

        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        MimeMessage received = smtp.getReceivedMessages()[0];
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).isNotBlank();
        BodyPart file = parts.getBodyPart(1);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(file.getFileName()))
                .isEqualTo("泽应急通报〔2026〕12号.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
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
