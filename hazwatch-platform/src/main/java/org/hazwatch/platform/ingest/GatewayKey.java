package org.hazwatch.platform.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A registered gateway (数据采集网关) and the secret it signs its requests with; after a rotation of the secret, the
 * previous one too until {@code previousUntil} (both null otherwise).
 */
public record GatewayKey(String gatewayCode, String enterpriseCode, String secret, String previousSecret,
                         Instant previousUntil) {

    public GatewayKey(String gatewayCode, String enterpriseCode, String secret) {
        this(gatewayCode, enterpriseCode, secret, null, null);
    }

    /** The secrets valid at {@code now}: the current one, and the previous one while its grace period lasts. */
    List<String> secretsAt(Instant now) {
        return previousSecret != null && previousUntil != null && now.isBefore(previousUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    @Override
    public String toString() {
        return "GatewayKey[" + gatewayCode + " of " + enterpriseCode + "]";
    }
}
