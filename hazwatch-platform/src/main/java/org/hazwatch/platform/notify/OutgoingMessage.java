package org.hazwatch.platform.notify;

import java.time.Instant;

/**
 * One message to one address on one channel, as the dispatcher hands it over.
 *
 * @param idempotencyKey the same on every attempt of this message; a channel that can pass it on (an HTTP gateway's
 *                       out-id, a mail's Message-ID) does, so the far side can refuse a second copy
 * @param address        phone number, e-mail address, or the configured robot's name
 * @param subject        zh-CN title (e-mail subject, robot markdown title); may be null for SMS
 * @param text           zh-CN body
 */
public record OutgoingMessage(String idempotencyKey, String channel, String address, String subject, String text,
                              Instant createdAt, Attachment attachment) {

    public OutgoingMessage(String idempotencyKey, String channel, String address, String subject, String text,
                           Instant createdAt) {
        this(idempotencyKey, channel, address, subject, text, createdAt, null);
    }

    /** A file an e-mail carries (a bulletin's PDF); other channels send the text alone. */
    public record Attachment(String name, String contentType, byte[] bytes) {
    }
}
