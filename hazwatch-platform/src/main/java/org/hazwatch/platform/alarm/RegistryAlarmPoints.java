package org.hazwatch.platform.alarm;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.HashMap;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.AlarmDefaults;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.Codes;
import org.springframework.stereotype.Component;

/**
 * The registry's points with the alarm defaults applied and this feature's rate limits added, an enterprise at a
 * time, kept in memory until {@link #forget}.
 */
@Component
class RegistryAlarmPoints implements AlarmPoints {

    private final Registry registry;
    private final RateLimits rateLimits;
    private final LoadingCache<String, Map<String, PointAlarmSettings>> byEnterprise;
    private final LoadingCache<String, String> paths;

    RegistryAlarmPoints(Registry registry, RateLimits rateLimits) {
        this.registry = registry;
        this.rateLimits = rateLimits;
        this.byEnterprise = Caffeine.newBuilder().maximumSize(100_000).build(this::load);
        this.paths = Caffeine.newBuilder().maximumSize(100_000)
                .build(code -> registry.jurisdictionPathOf(code).orElse(""));
    }

    @Override
    public PointAlarmSettings settings(String pointCode) {
        if (pointCode == null || pointCode.length() != Codes.POINT_LENGTH) {
            return null;
        }
        return byEnterprise.get(Codes.enterpriseOf(pointCode)).get(pointCode);
    }

    @Override
    public String jurisdictionPathOf(String enterpriseCode) {
        return paths.get(enterpriseCode);
    }

    @Override
    public void forget(String enterpriseCode) {
        byEnterprise.invalidate(enterpriseCode);
        paths.invalidate(enterpriseCode);
    }

    private Map<String, PointAlarmSettings> load(String enterpriseCode) {
        Map<String, Double> rates = rateLimits.ofEnterprise(enterpriseCode);
        Map<String, PointAlarmSettings> points = new HashMap<>();
        for (PointDefinition p : registry.pointsOf(enterpriseCode)) {
            points.put(p.code(), AlarmDefaults.settle(p.code(), p.enterpriseCode(), p.kind(), p.unit(), p.rangeLow(),
                    p.rangeHigh(), p.ll(), p.l(), p.h(), p.hh(), p.deadband(), p.onDelay(), p.offDelay(),
                    rates.get(p.code())));
        }
        return Map.copyOf(points);
    }
}
