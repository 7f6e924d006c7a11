package org.hazwatch.platform.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP ({@code email}; Jakarta Mail through Spring's {@link JavaMailSender}, configured by
 * {@code spring.mail.*}). Enabled when a mail host is configured. The Message-ID is derived from the delivery's
 * idempotency key, so a resent mail carries the same id and mail clients and archives show it once.
 */
@Component
class EmailChannel implements Channel {

    static final String NAME = "email";

    private final ObjectProvider<JavaMailSender> sender;
    private final NotifySettings settings;

    EmailChannel(ObjectProvider<JavaMailSender> sender, NotifySettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return Delivery.retry("未配置邮件服务器");
        }
        String messageId = messageId(message.idempotencyKey());
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, message.attachment() != null,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mailFrom());
            helper.setTo(message.address());
            helper.setSubject(message.subject() == null ? "危化安全风险监测预警通知" : message.subject());
            helper.setText(message.text());
            helper.setSentDate(Date.from(message.createdAt()));
            if (message.attachment() != null) {
                // bulletin (issue 13): the bulletin's PDF goes with the mail
                helper.addAttachment(message.attachment().name(),
                        new ByteArrayResource(message.attachment().bytes()), message.attachment().contentType());
            }
            mime.setHeader("Message-ID", messageId);
            mail.send(mime);
            return Delivery.delivered(messageId);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            return Delivery.rejected("邮件无法生成：" + e.getMessage());
        } catch (MailAuthenticationException e) {
            return Delivery.retry("邮件服务器认证失败：" + e.getMessage());
        } catch (MailException e) {
            return Delivery.retry("邮件发送失败：" + e.getMessage());
        }
    }

    /** {@code <uuid-of-key@hazwatch>}: the same key gives the same Message-ID on every attempt. */
    static String messageId(String idempotencyKey) {
        return "<" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)) + "@hazwatch>";
    }
}
