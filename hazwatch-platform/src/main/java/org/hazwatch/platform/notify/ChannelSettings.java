package org.hazwatch.platform.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS and group-robot channels under {@code hazwatch.notify.channels.*}; every channel is off until it is
 * switched on and given its far side. The robots themselves (name, webhook, secret, jurisdiction) are configured
 * once, under {@code hazwatch.notify.robots} ({@link NotifySettings.Robot}). docs/CHANNELS.md has examples.
 */
@ConfigurationProperties("hazwatch.notify.channels")
public record ChannelSettings(@DefaultValue SmsSmpp smsSmpp, @DefaultValue SmsHttp smsHttp,
                              @DefaultValue RobotChannel dingtalk, @DefaultValue RobotChannel wecom) {

    /**
     * An SMSC reached over SMPP 3.4, bound as a transmitter.
     *
     * @param sourceAddress the sender shown on the handset (a long number or the operator-assigned short code)
     * @param longMessages  how a text over 70 characters travels: {@code UDH} (concatenated parts, every SMSC
     *                      takes them) or {@code PAYLOAD} (one submit_sm with message_payload, if the SMSC allows)
     */
    public record SmsSmpp(boolean enabled, String host, @DefaultValue("2775") int port, String systemId,
                          String password, @DefaultValue("") String systemType, @DefaultValue("") String sourceAddress,
                          @DefaultValue("UNKNOWN") TypeOfNumber sourceTon,
                          @DefaultValue("UNKNOWN") NumberingPlanIndicator sourceNpi,
                          @DefaultValue("UNKNOWN") TypeOfNumber destinationTon,
                          @DefaultValue("ISDN") NumberingPlanIndicator destinationNpi,
                          @DefaultValue("UDH") LongMessages longMessages,
                          @DefaultValue("10s") Duration bindTimeout, @DefaultValue("10s") Duration responseTimeout,
                          @DefaultValue("30s") Duration enquireLinkInterval) {

        public boolean configured() {
            return enabled && host != null && !host.isBlank() && systemId != null;
        }
    }

    public enum LongMessages { UDH, PAYLOAD }

    /**
     * An SMS gateway's HTTP API, described by templates (see {@code notify.rules.HttpSmsTemplate}).
     *
     * @param headers        header name to value template
     * @param body           the request body template; values are JSON-escaped unless the Content-Type header
     *                       says {@code application/x-www-form-urlencoded}
     * @param codePointers   JSON pointers to the gateway's result code, the first present one counts; none: any
     *                       2xx answer is a success
     * @param successCode    the code that means accepted ({@code OK} for Aliyun, {@code Ok} for Tencent)
     * @param retryCodes     codes that mean "not now" (throttling, busy); any other code is a refusal
     * @param referencePointer JSON pointer to the gateway's id of the message (BizId, SerialNo)
     * @param messagePointer JSON pointer to the gateway's words on a refusal
     * @param signSecret     with {@code signTemplate}: {@code ${signature}} = hex HMAC-SHA256 of the rendered
     *                       sign template ({@code ${body}} is the rendered body) under this secret
     */
    public record SmsHttp(boolean enabled, @DefaultValue("POST") String method, String url,
                          @DefaultValue Map<String, String> headers, @DefaultValue("") String body,
                          @DefaultValue List<String> codePointers, @DefaultValue("") String successCode,
                          @DefaultValue List<String> retryCodes, @DefaultValue("") String referencePointer,
                          @DefaultValue("") String messagePointer, @DefaultValue("") String signSecret,
                          @DefaultValue("") String signTemplate,
                          @DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return enabled && url != null && !url.isBlank();
        }
    }

    /**
     * A group-robot channel (DingTalk, WeCom): on or off, and how long to wait for the robot's webhook. Its robots
     * are those of {@code hazwatch.notify.robots} whose {@code channel} names it; a message's address is the
     * robot's name.
     */
    public record RobotChannel(boolean enabled, @DefaultValue("5s") Duration connectTimeout,
                               @DefaultValue("10s") Duration timeout) {
    }
}
