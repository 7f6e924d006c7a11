package org.hazwatch.platform.demo.inbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The demo's SMTP server (GreenMail, SMTP only) on a free local port; it keeps every mail it is given. */
final class DemoInboxMailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private int seen;

    DemoInboxMailServer(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    DemoInboxMailServer start() {
        greenMail.start();
        return this;
    }

    /** The mails received since the last call. */
    synchronized List<DemoInboxMessage> newMessages(Clock clock) {
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<DemoInboxMessage> fresh = new ArrayList<>();
        for (; seen < received.length; seen++) {
            fresh.add(message(received[seen], clock));
        }
        return fresh;
    }

    private static DemoInboxMessage message(MimeMessage mail, Clock clock) {
        try {
            var to = mail.getRecipients(Message.RecipientType.TO);
            Instant sent = mail.getSentDate() == null ? clock.instant() : mail.getSentDate().toInstant();
            return new DemoInboxMessage("email", to == null || to.length == 0 ? "" : to[0].toString(),
                    mail.getSubject(), text(mail.getContent()), sent);
        } catch (MessagingException | IOException e) {
            return new DemoInboxMessage("email", "", "(无法读取的邮件 / unreadable mail)", e.toString(),
                    clock.instant());
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    return text(part.getContent());
                }
            }
            return multipart.getCount() == 0 ? "" : String.valueOf(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
