package org.hazwatch.platform.telemetry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.registry.EnterpriseRegistration;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.RegistryProjection;
import org.springframework.stereotype.Component;

/**
 * The registry's points as telemetry needs them, answered from memory (ingest asks once per batch): a projection of
 * the registry's read model, derived again whenever an enterprise's registration changes.
 */
@Component
class RegistryPointDirectory implements PointDirectory {

    private final Registry registry;
    private final RegistryProjection<Map<String, PointSpec>> specs;

    RegistryPointDirectory(Registry registry) {
        this.registry = registry;
        this.specs = registry.projection(RegistryPointDirectory::specs);
    }

    @Override
    public Optional<PointSpec> point(String code) {
        return specs.ofPoint(code).map(points -> points.get(code));
    }

    @Override
    public List<PointSpec> pointsOf(String enterpriseCode) {
        return List.copyOf(pointsByCode(enterpriseCode).values());
    }

    @Override
    public Map<String, PointSpec> pointsByCode(String enterpriseCode) {
        return specs.of(enterpriseCode).orElse(Map.of());
    }

    @Override
    public List<String> enterpriseCodes() {
        return registry.enterprisesWithPoints();
    }

    @Override
    public Optional<String> jurisdictionPathOf(String enterpriseCode) {
        return registry.jurisdictionPathOf(enterpriseCode);
    }

    /**
     * The points' specs, each measuring range's ends boxed once per enterprise: an enterprise's points share a few
     * ranges, and a box per point and end took 48 bytes of each of a province's 500,000 points (issue 17).
     */
    private static Map<String, PointSpec> specs(EnterpriseRegistration registration) {
        Map<Double, Double> boxes = new HashMap<>();
        return registration.pointsByCode().values().stream().map(p -> spec(p, boxes))
                .collect(Collectors.toUnmodifiableMap(PointSpec::code, Function.identity()));
    }

    private static PointSpec spec(PointDefinition p, Map<Double, Double> boxes) {
        return new PointSpec(p.code(), p.enterpriseCode(), p.kind(), p.unit(),
                boxes.computeIfAbsent(p.rangeLow(), v -> v), boxes.computeIfAbsent(p.rangeHigh(), v -> v));
    }
}
