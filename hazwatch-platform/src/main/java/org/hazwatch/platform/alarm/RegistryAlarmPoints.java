package org.hazwatch.platform.alarm;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.HashMap;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.AlarmDefaults;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
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
        return PointCode.parse(pointCode).map(p -> byEnterprise.get(p.enterprise().code()).get(pointCode))
                .orElse(null);
    }

    @Override
    public String jurisdictionPathOf(EnterpriseCode enterpriseCode) {
        return paths.get(enterpriseCode.code());
    }

    @Override
    public void forget(EnterpriseCode enterpriseCode) {
        byEnterprise.invalidate(enterpriseCode.code());
        paths.invalidate(enterpriseCode.code());
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
