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
 */
final class GatewayBrokerAccess implements IAuthenticator, IAuthorizatorPolicy {

    private final GatewayDirectory gateways;
    private final BrokerAccount platform;

    GatewayBrokerAccess(GatewayDirectory gateways, BrokerAccount platform) {
        this.gateways = gateways;
        this.platform = platform;
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
        return user != null && !user.equals(platform.username()) && gateways.gateway(user)
                .map(gateway -> IngestTopic.mayPublish(gateway.enterpriseCode(), topic.toString())).orElse(false);
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
