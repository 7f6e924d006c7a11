package org.hazwatch.platform.registry;

import java.util.Collections;
import java.util.HashMap;
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
        pointsByCode = Collections.unmodifiableMap(shared(enterprise.code(), pointsByCode));
        cameras = cameras == null ? List.of() : List.copyOf(cameras);
    }

    /**
     * The points with the values many of them repeat held once (enterprise, hazard source and equipment codes, unit,
     * delays): each row's column is a string of its own as JDBC reads it, and a province keeps 500,000 points in
     * memory (issue 17: about 250 bytes of the 700 a point took).
     */
    private static Map<String, PointDefinition> shared(String enterpriseCode, Map<String, PointDefinition> points) {
        Map<Object, Object> once = new HashMap<>();
        once.put(enterpriseCode, enterpriseCode);
        Map<String, PointDefinition> shared = new LinkedHashMap<>();
        points.forEach((code, p) -> shared.put(code, new PointDefinition(p.code(), once(once, p.enterpriseCode()),
                once(once, p.hazardSourceCode()), once(once, p.equipmentCode()), p.kind(), p.name(),
                once(once, p.unit()), p.rangeLow(), p.rangeHigh(), once(once, p.ll()), once(once, p.l()),
                once(once, p.h()), once(once, p.hh()), once(once, p.deadband()), once(once, p.onDelay()),
                once(once, p.offDelay()), p.tagNumber())));
        return shared;
    }

    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> once, T value) {
        return value == null ? null : (T) once.computeIfAbsent(value, v -> v);
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
