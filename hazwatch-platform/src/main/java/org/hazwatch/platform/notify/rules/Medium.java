package org.hazwatch.platform.notify.rules;

/** How a person or group is reached; each maps to one or more channels ({@code sms-http}, {@code dingtalk} …). */
public enum Medium {
    /** Short message to a phone (短信). */
    SMS,
    /** E-mail (邮件). */
    EMAIL,
    /** A DingTalk or WeCom group robot (群机器人) configured for the jurisdiction. */
    ROBOT,
    /** The web console's in-app feed (站内消息). */
    FEED
}
