package org.hazwatch.platform.ingest;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.hazwatch.platform.ingest.rules.IngestTopic;

/**
 * Who may do what at the embedded broker (SPEC §10): a gateway logs in with its code and secret and may publish
 * only under {@code hazwatch/v1/<its enterprise>/}; it may subscribe to nothing, so no enterprise reads another's
 * data. The platform's internal account may read every ingest topic and publish nothing.
 *
 * <p>Moquette drops a publish refused here without a PUBACK and keeps the connection, which leaves a QoS 1
 * publisher waiting for ever (its in-flight window fills and its pipeline stalls). MQTT 3.1.1 §3.3.5
 * (MQTT-3.3.5-2) wants the message acknowledged or the connection closed, so every refused publish is handed to
 * {@link Refusals}, which closes the connection (issue 19).
 */
final class GatewayBrokerAccess implements IAuthenticator, IAuthorizatorPolicy {

    /** What to do about a publish refused here: the message itself is dropped by the broker, unrouted. */
    @FunctionalInterface
    interface Refusals {
        void publishRefused(String user, String clientId, String topic);
    }

    private final GatewayDirectory gateways;
    private final BrokerAccount platform;
    private final Refusals refusals;

    GatewayBrokerAccess(GatewayDirectory gateways, BrokerAccount platform, Refusals refusals) {
        this.gateways = gateways;
        this.platform = platform;
        this.refusals = refusals;
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        if (username == null || password == null) {
            return false;
        }
        if (username.equals(platform.username())) {
            return same(platform.password(), password);
        }
        // after a rotation the previous secret logs in too, until its grace period ends
        return gateways.gateway(username).map(gateway -> gateway.secretsAt(Instant.now()).stream()
                .anyMatch(secret -> same(secret, password))).orElse(false);
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        boolean may = user != null && !user.equals(platform.username()) && gateways.gateway(user)
                .map(gateway -> IngestTopic.mayPublish(gateway.enterpriseCode(), topic.toString())).orElse(false);
        if (!may) {
            refusals.publishRefused(user, client, topic.toString());
        }
        return may;
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        return platform.username().equals(user) && topic.toString().startsWith(IngestTopic.PREFIX);
    }

    /** Constant-time comparison, as for HTTP signatures. */
    private static boolean same(String expected, byte[] given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given);
    }
}
