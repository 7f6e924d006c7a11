package org.hazwatch.platform.warning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.registry.EnterpriseRegistration;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * The registry as the warning model needs it — an enterprise's name and place, its hazard sources with their levels
 * and its points — from the registry's read model, so an official level recorded by a regulator counts from the
 * commit on.
 */
@Component
class WarningPoints {

    /** An enterprise of the registry with what the model looks up. */
    record Plant(String enterpriseCode, String name, String jurisdictionPath, List<HazardSourceView> sources,
                 Map<String, PointDefinition> points) {

        static Plant of(EnterpriseRegistration r) {
            return new Plant(r.code(), r.enterprise().name(), r.enterprise().jurisdictionPath(), r.hazardSources(),
                    r.pointsByCode());
        }

        Optional<PointDefinition> point(String code) {
            return Optional.ofNullable(code == null ? null : points.get(code));
        }
    }

    private final Registry registry;

    WarningPoints(Registry registry) {
        this.registry = registry;
    }

    /** Empty when the enterprise is not registered. */
    Optional<Plant> plant(String enterpriseCode) {
        return registry.registration(enterpriseCode).map(Plant::of);
    }
}
