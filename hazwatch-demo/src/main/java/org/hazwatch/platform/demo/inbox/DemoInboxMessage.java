package org.hazwatch.platform.demo.inbox;

import java.time.Instant;

/**
 * One message as a demo receiver got it.
 *
 * @param channel the channel's name ({@code sms-smpp}, {@code sms-http}, {@code dingtalk}, {@code wecom},
 *                {@code email})
 * @param address the phone number, robot name or e-mail address it reached
 */
public record DemoInboxMessage(String channel, String address, String subject, String text, Instant at) {
}
