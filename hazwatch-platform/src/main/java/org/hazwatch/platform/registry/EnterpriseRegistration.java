package org.hazwatch.platform.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.registry.rules.BaseDataDocument;

/**
 * One enterprise as the registry holds it, as the engines read it: the enterprise, its graded hazard sources, its
 * points and its cameras. A snapshot: when the registry changes, the read model answers with a new one.
 *
 * @param pointsByCode the points in code order
 * @param cameras      the cameras in code order
 */
public record EnterpriseRegistration(RegisteredEnterprise enterprise, List<HazardSourceView> hazardSources,
                                     Map<String, PointDefinition> pointsByCode,
                                     List<BaseDataDocument.Camera> cameras) {

    public EnterpriseRegistration {
        hazardSources = List.copyOf(hazardSources);
        pointsByCode = Collections.unmodifiableMap(new LinkedHashMap<>(pointsByCode));
        cameras = cameras == null ? List.of() : List.copyOf(cameras);
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
