package org.hazwatch.platform.ingest;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Optional;
import org.hazwatch.platform.registry.EnterpriseImported;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's gateways and their secrets, kept in memory for signature checks. An enterprise's re-import may
 * remove gateways, so the cache is emptied then; unknown codes are remembered briefly, so a flood of requests from
 * an unregistered gateway does not reach the database.
 */
@Component
class RegistryGatewayDirectory implements GatewayDirectory {

    private final LoadingCache<String, Optional<GatewayKey>> gateways;

    RegistryGatewayDirectory(Registry registry) {
        this.gateways = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(1))
                .build(code -> registry.gateway(code)
                        .map(g -> new GatewayKey(g.gatewayCode(), g.enterpriseCode(), g.secret())));
    }

    @Override
    public Optional<GatewayKey> gateway(String gatewayCode) {
        return gatewayCode == null ? Optional.empty() : gateways.get(gatewayCode);
    }

    @TransactionalEventListener
    void imported(EnterpriseImported event) {
        gateways.invalidateAll();
    }
}
