package org.hazwatch.platform.warning;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * The registry as the warning model needs it — an enterprise's name and place, its hazard sources with their levels
 * and its points — an enterprise at a time, kept a few minutes (an official level recorded by a regulator shows
 * within that time) and taken afresh after an import.
 */
@Component
class WarningPoints {

    /** An enterprise of the registry with what the model looks up. */
    record Plant(String enterpriseCode, String name, String jurisdictionPath, List<HazardSourceView> sources,
                 Map<String, PointDefinition> points) {

        Optional<PointDefinition> point(String code) {
            return Optional.ofNullable(code == null ? null : points.get(code));
        }
    }

    private final Registry registry;
    private final LoadingCache<String, Optional<Plant>> plants;

    WarningPoints(Registry registry) {
        this.registry = registry;
        this.plants = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(5))
                .build(this::load);
    }

    /** Empty when the enterprise is not registered. */
    Optional<Plant> plant(String enterpriseCode) {
        return enterpriseCode == null ? Optional.empty() : plants.get(enterpriseCode);
    }

    void forget(String enterpriseCode) {
        plants.invalidate(enterpriseCode);
    }

    private Optional<Plant> load(String enterpriseCode) {
        Optional<RegisteredEnterprise> enterprise = registry.enterprise(enterpriseCode);
        return enterprise.map(e -> new Plant(e.code(), e.name(), e.jurisdictionPath(),
                registry.visibleHazardSources(Actor.system(), e.code()),
                registry.pointsOf(e.code()).stream().collect(Collectors.toUnmodifiableMap(PointDefinition::code,
                        Function.identity()))));
    }
}
