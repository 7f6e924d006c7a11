package org.hazwatch.platform.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.hazwatch.platform.ingest.rules.IngestTopic;

/**
 * Who may do what at the embedded broker (SPEC §10): a gateway logs in with its code and secret and may publish
 * only under {@code hazwatch/v1/<its enterprise>/}; it may subscribe to its own enterprise's orders,
 * {@code hazwatch/v1/<its enterprise>/commands}, and to nothing else, so no enterprise reads another's data or
 * orders. A refused publish closes the connection (MQTT-3.3.5-2, {@link GatewayConnection}); a refused subscription
 * is answered 0x80 for that filter (MQTT 3.1.1 §3.9.3).
 */
final class GatewayBrokerAccess {

    private final GatewayDirectory gateways;

    GatewayBrokerAccess(GatewayDirectory gateways) {
        this.gateways = gateways;
    }

    boolean checkValid(String username, byte[] password) {
        if (username == null || password == null) {
            return false;
        }
        // after a rotation the previous secret logs in too, until its grace period ends
        return gateways.gateway(username).map(gateway -> gateway.secretsAt(Instant.now()).stream()
                .anyMatch(secret -> same(secret, password))).orElse(false);
    }

    boolean canWrite(String topic, String user) {
        return user != null && topic != null && gateways.gateway(user)
                .map(gateway -> IngestTopic.mayPublish(gateway.enterpriseCode(), topic)).orElse(false);
    }

    /** Whether the gateway may subscribe to the topic filter: its enterprise's commands topic, exactly. */
    boolean canRead(String topicFilter, String user) {
        return user != null && topicFilter != null && gateways.gateway(user)
                .map(gateway -> IngestTopic.maySubscribe(gateway.enterpriseCode(), topicFilter)).orElse(false);
    }

    /** The enterprise of a logged-in gateway, or null for an unknown user. */
    String enterpriseOf(String user) {
        return user == null ? null : gateways.gateway(user).map(GatewayKey::enterpriseCode).orElse(null);
    }

    /** Constant-time comparison, as for HTTP signatures. */
    private static boolean same(String expected, byte[] given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given);
    }
}
