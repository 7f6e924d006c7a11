package org.hazwatch.platform.telemetry;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.registry.EnterpriseImported;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.PointCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's points as telemetry needs them, answered from memory: ingest asks once per reading. An enterprise's
 * points are loaded on first use and forgotten when its base data is imported again.
 */
@Component
class RegistryPointDirectory implements PointDirectory {

    private final Registry registry;
    private final LoadingCache<String, Map<String, PointSpec>> byEnterprise;

    RegistryPointDirectory(Registry registry) {
        this.registry = registry;
        this.byEnterprise = Caffeine.newBuilder().maximumSize(100_000).build(this::load);
    }

    @Override
    public Optional<PointSpec> point(String code) {
        return PointCode.parse(code).map(p -> byEnterprise.get(p.enterprise().code()).get(code));
    }

    @Override
    public List<PointSpec> pointsOf(String enterpriseCode) {
        return List.copyOf(byEnterprise.get(enterpriseCode).values());
    }

    @Override
    public Map<String, PointSpec> pointsByCode(String enterpriseCode) {
        return byEnterprise.get(enterpriseCode);
    }

    @Override
    public List<String> enterpriseCodes() {
        return registry.enterprisesWithPoints();
    }

    @Override
    public Optional<String> jurisdictionPathOf(String enterpriseCode) {
        return registry.jurisdictionPathOf(enterpriseCode);
    }

    @TransactionalEventListener
    void imported(EnterpriseImported event) {
        byEnterprise.invalidate(event.enterpriseCode().code());
    }

    private Map<String, PointSpec> load(String enterpriseCode) {
        return registry.pointsOf(enterpriseCode).stream().map(RegistryPointDirectory::spec)
                .collect(Collectors.toUnmodifiableMap(PointSpec::code, Function.identity()));
    }

    private static PointSpec spec(PointDefinition p) {
        return new PointSpec(p.code(), p.enterpriseCode(), p.kind(), p.unit(), p.rangeLow(), p.rangeHigh());
    }
}
