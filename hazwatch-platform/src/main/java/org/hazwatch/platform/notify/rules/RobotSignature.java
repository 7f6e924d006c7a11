package org.hazwatch.platform.notify.rules;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's signed robot URL (自定义机器人 安全设置 "加签"): {@code timestamp} in epoch milliseconds and
 * {@code sign = urlEncode(base64(HmacSHA256(key = secret, timestampMillis + "\n" + secret)))}; DingTalk refuses a
 * timestamp more than an hour away from its own clock.
 */
public final class RobotSignature {

    private RobotSignature() {
    }

    /** The robot's URL with {@code timestamp} and {@code sign} appended. */
    public static String signedUrl(String url, String secret, long timestampMillis) {
        String separator = url.contains("?") ? "&" : "?";
        return url + separator + "timestamp=" + timestampMillis + "&sign="
                + HttpSmsTemplate.url(sign(secret, timestampMillis));
    }

    /** The signature before URL encoding (Base64). */
    public static String sign(String secret, long timestampMillis) {
        return Base64.getEncoder().encodeToString(hmacSha256(secret, timestampMillis + "\n" + secret));
    }

    public static byte[] hmacSha256(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
