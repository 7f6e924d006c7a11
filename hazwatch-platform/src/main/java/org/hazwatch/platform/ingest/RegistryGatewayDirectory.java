package org.hazwatch.platform.ingest;

import java.util.Optional;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * The registry's gateways and their secrets, for signature checks, from the registry's read model (in memory, and
 * a changed registration at once: a gateway removed by an import is refused from the commit on).
 */
@Component
class RegistryGatewayDirectory implements GatewayDirectory {

    private final Registry registry;

    RegistryGatewayDirectory(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<GatewayKey> gateway(String gatewayCode) {
        return registry.gateway(gatewayCode).map(g -> new GatewayKey(g.gatewayCode(), g.enterpriseCode(), g.secret(),
                g.previousSecret(), g.previousUntil()));
    }
}
