package org.hazwatch.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies ingest requests (请求签名, SPEC §10): the signature is the lowercase hex HMAC-SHA256 of
 * {@code <X-Timestamp>\n<body bytes>} under the gateway's secret. The key is the secret string's UTF-8 bytes, as
 * {@code openssl dgst -sha256 -hmac <secret>} uses it. Thread-safe: each call takes its own {@link Mac}, a clone of
 * one keyed once here (a province's platform verifies 500 requests a second; looking the algorithm up among the
 * providers and keying it for each showed in every request's profile).
 */
public final class RequestSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    /** Keyed and never updated: only cloned, so sharing it between threads is safe. */
    private final Mac keyed;

    public RequestSigner(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a gateway secret is required");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.keyed = keyedOrNull(key);
    }

    /** The signature over the timestamp header exactly as sent and the body. */
    public String sign(String timestamp, byte[] body) {
        return HEX.formatHex(mac(timestamp, body));
    }

    public String sign(long epochMillis, byte[] body) {
        return sign(Long.toString(epochMillis), body);
    }

    /**
     * Whether {@code signature} is this secret's signature of the request. Compares in constant time so that the
     * answer's timing does not reveal how many leading bytes were right; anything that is not 64 lowercase hex
     * digits fails.
     */
    public boolean verify(String timestamp, byte[] body, String signature) {
        return verified(timestamp, body, signature) != null;
    }

    /**
     * The signature's 32 bytes if it is this secret's signature of the request, else null: what a verifier keeps to
     * refuse a replay, without the 64-character text.
     */
    public byte[] verified(String timestamp, byte[] body, String signature) {
        if (signature == null || signature.length() != 64 || !isLowerHex(signature)) {
            return null;
        }
        byte[] expected = mac(timestamp, body);
        return MessageDigest.isEqual(expected, HEX.parseHex(signature)) ? expected : null;
    }

    /** The three headers of a signed request, in the order the contract lists them. */
    public Map<String, String> headers(String gatewayCode, long epochMillis, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WireContract.GATEWAY_CODE_HEADER, gatewayCode);
        headers.put(WireContract.TIMESTAMP_HEADER, Long.toString(epochMillis));
        headers.put(WireContract.SIGNATURE_HEADER, sign(epochMillis, body));
        return headers;
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private byte[] mac(String timestamp, byte[] body) {
        Mac mac = fresh();
        mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) '\n');
        return mac.doFinal(body);
    }

    private Mac fresh() {
        try {
            if (keyed != null) {
                return (Mac) keyed.clone();
            }
        } catch (CloneNotSupportedException e) {
            // a provider whose HMAC cannot be cloned: keyed per call below
        }
        Mac mac = keyedOrNull(key);
        if (mac == null) {
            throw new IllegalStateException("every Java runtime provides " + ALGORITHM);
        }
        return mac;
    }

    private static Mac keyedOrNull(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
