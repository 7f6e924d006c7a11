package org.hazwatch.platform.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One enterprise as the registry holds it, as the engines read it: the enterprise, its graded hazard sources and
 * its points. A snapshot: when the registry changes, the read model answers with a new one.
 *
 * @param pointsByCode the points in code order
 */
public record EnterpriseRegistration(RegisteredEnterprise enterprise, List<HazardSourceView> hazardSources,
                                     Map<String, PointDefinition> pointsByCode) {

    public EnterpriseRegistration {
        hazardSources = List.copyOf(hazardSources);
        pointsByCode = Collections.unmodifiableMap(new LinkedHashMap<>(pointsByCode));
    }

    public String code() {
        return enterprise.code();
    }

    public List<PointDefinition> points() {
        return List.copyOf(pointsByCode.values());
    }

    public Optional<PointDefinition> point(String pointCode) {
        return Optional.ofNullable(pointCode == null ? null : pointsByCode.get(pointCode));
    }
}
