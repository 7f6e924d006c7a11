package org.hazwatch.platform.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Gateways registered by the tests themselves, standing in for the registry. */
@Component
@Primary
@ConditionalOnProperty(name = "hazwatch.test.in-memory-directories", havingValue = "true")
public class InMemoryGatewayDirectory implements GatewayDirectory {

    private final Map<String, GatewayKey> gateways = new ConcurrentHashMap<>();

    /** Registers gateway 01 of the enterprise with a fresh secret. */
    public GatewayKey register(String enterpriseCode) {
        GatewayKey key = new GatewayKey(enterpriseCode + "01", enterpriseCode, UUID.randomUUID().toString());
        gateways.put(key.gatewayCode(), key);
        return key;
    }

    /** Registers a gateway whose code and secret the test chose, e.g. to write them into a broker's password file. */
    public void register(GatewayKey key) {
        gateways.put(key.gatewayCode(), key);
    }

    @Override
    public Optional<GatewayKey> gateway(String gatewayCode) {
        return Optional.ofNullable(gateways.get(gatewayCode));
    }
}
