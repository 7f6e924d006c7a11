package org.hazwatch.platform.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import org.hazwatch.platform.ingest.rules.RequestAge;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.springframework.stereotype.Component;

/**
 * Authenticates ingest requests (SPEC §10): a known gateway, a fresh timestamp, a valid HMAC-SHA256 signature over
 * timestamp and body, and a signature not seen before. A signature is remembered for twice the maximum age: a
 * request stamped up to 5 minutes ahead stays fresh for 10 minutes after it was first seen. Signatures are recorded
 * only once verified, so forged requests cannot fill the memory or pre-empt a real one; by the first 16 of its 32
 * bytes (a collision of 128 bits of HMAC-SHA256 is out of reach), not its text: at the province's 500 requests a
 * second the memory holds some 300,000 of them. A gateway's signer (its secret keyed into HMAC once) is kept while
 * the secret is in use. Public for the live-video upload (SPEC §11), which signs its PUTs the same way.
 */
@Component
public class SignedRequests {

    private final GatewayDirectory gateways;
    private final Clock clock;
    private final RequestAge age = new RequestAge(WireContract.MAX_REQUEST_AGE);
    private final Cache<SignatureKey, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(WireContract.MAX_REQUEST_AGE.multipliedBy(2)).build();
    /** By secret: a rotated-out secret's signer goes after it has not signed for a while. */
    private final Cache<String, RequestSigner> signers = Caffeine.newBuilder()
            .expireAfterAccess(WireContract.MAX_REQUEST_AGE.multipliedBy(2)).build();

    /** A verified signature, by its first 128 bits. */
    private record SignatureKey(long high, long low) {
        static SignatureKey of(byte[] mac) {
            ByteBuffer bytes = ByteBuffer.wrap(mac);
            return new SignatureKey(bytes.getLong(), bytes.getLong());
        }
    }

    SignedRequests(GatewayDirectory gateways, Clock clock) {
        this.gateways = gateways;
        this.clock = clock;
    }

    /** The gateway that signed the request; refuses it (401) otherwise. */
    public GatewayKey authenticate(String gatewayCode, String timestamp, String signature, byte[] body) {
        if (gatewayCode == null || timestamp == null || signature == null) {
            throw IngestRefusedException.unauthorized("headers", "the request is not signed: "
                    + WireContract.GATEWAY_CODE_HEADER + ", " + WireContract.TIMESTAMP_HEADER + " and "
                    + WireContract.SIGNATURE_HEADER + " are required");
        }
        GatewayKey gateway = gateways.gateway(gatewayCode).orElseThrow(() -> IngestRefusedException
                .unauthorized(WireContract.GATEWAY_CODE_HEADER, "unknown gateway"));
        if (!age.fresh(stamped(timestamp), clock.instant())) {
            throw IngestRefusedException.unauthorized(WireContract.TIMESTAMP_HEADER,
                    "stale: more than " + WireContract.MAX_REQUEST_AGE.toMinutes() + " minutes from the platform's clock");
        }
        byte[] mac = verified(gateway, timestamp, body, signature);
        if (mac == null) {
            throw IngestRefusedException.unauthorized(WireContract.SIGNATURE_HEADER, "bad signature");
        }
        if (seen.asMap().putIfAbsent(SignatureKey.of(mac), Boolean.TRUE) != null) {
            throw IngestRefusedException.unauthorized(WireContract.SIGNATURE_HEADER, "replayed: signature already used");
        }
        return gateway;
    }

    /** The signature's bytes under a secret of the gateway, else null. */
    private byte[] verified(GatewayKey gateway, String timestamp, byte[] body, String signature) {
        // after a rotation the previous secret signs too, until its grace period ends
        for (String secret : gateway.secretsAt(clock.instant())) {
            byte[] mac = signers.get(secret, RequestSigner::new).verified(timestamp, body, signature);
            if (mac != null) {
                return mac;
            }
        }
        return null;
    }

    private static Instant stamped(String timestamp) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            throw IngestRefusedException.unauthorized(WireContract.TIMESTAMP_HEADER, "not epoch milliseconds");
        }
    }
}
