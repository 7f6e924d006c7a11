package org.hazwatch.platform.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * only once verified, so forged requests cannot fill the memory or pre-empt a real one. Public for the live-video
 * upload (SPEC §11), which signs its PUTs the same way.
 */
@Component
public class SignedRequests {

    private final GatewayDirectory gateways;
    private final Clock clock;
    private final RequestAge age = new RequestAge(WireContract.MAX_REQUEST_AGE);
    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(WireContract.MAX_REQUEST_AGE.multipliedBy(2)).build();

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
        // after a rotation the previous secret signs too, until its grace period ends
        if (gateway.secretsAt(clock.instant()).stream()
                .noneMatch(secret -> new RequestSigner(secret).verify(timestamp, body, signature))) {
            throw IngestRefusedException.unauthorized(WireContract.SIGNATURE_HEADER, "bad signature");
        }
        if (seen.asMap().putIfAbsent(signature, Boolean.TRUE) != null) {
            throw IngestRefusedException.unauthorized(WireContract.SIGNATURE_HEADER, "replayed: signature already used");
        }
        return gateway;
    }

    private static Instant stamped(String timestamp) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            throw IngestRefusedException.unauthorized(WireContract.TIMESTAMP_HEADER, "not epoch milliseconds");
        }
    }
}
