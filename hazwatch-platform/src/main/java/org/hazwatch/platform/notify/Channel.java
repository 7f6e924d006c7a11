package org.hazwatch.platform.notify;

/**
 * One way of reaching a person or a group (通知渠道): SMS over SMPP or an HTTP gateway, e-mail, a DingTalk or WeCom
 * group robot, the console's in-app feed. The dispatcher calls {@link #send} outside any transaction, at least once
 * per message; a channel never throws for a delivery problem but says what happened in the {@link Delivery}.
 */
public interface Channel {

    /** The channel's name in configuration and in delivery records: {@code sms-smpp}, {@code sms-http}, {@code email},
     * {@code dingtalk}, {@code wecom}, {@code feed}. */
    String name();

    /** Whether this channel is configured and switched on. */
    boolean enabled();

    Delivery send(OutgoingMessage message);
}
