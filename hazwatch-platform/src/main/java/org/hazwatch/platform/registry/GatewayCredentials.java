package org.hazwatch.platform.registry;

import java.time.Instant;
import java.util.List;

/**
 * What ingest needs to authenticate a gateway (SPEC §10): its enterprise and the HMAC-SHA256 key — and, for a while
 * after a rotation, the previous key with the instant it stops being valid (both null otherwise).
 * Never serialise it into a reply.
 */
public record GatewayCredentials(String gatewayCode, String enterpriseCode, String secret, String previousSecret,
                                 Instant previousUntil) {

    public GatewayCredentials(String gatewayCode, String enterpriseCode, String secret) {
        this(gatewayCode, enterpriseCode, secret, null, null);
    }

    /** The secrets valid at {@code now}: the current one, and the previous one while its grace period lasts. */
    public List<String> secretsAt(Instant now) {
        return previousSecret != null && previousUntil != null && now.isBefore(previousUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    @Override
    public String toString() {
        return "GatewayCredentials[" + gatewayCode + " of " + enterpriseCode + "]";
    }
}
