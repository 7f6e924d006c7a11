package org.hazwatch.platform.alarm;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hazwatch.platform.alarm.rules.AlarmDefaults;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Points registered by the alarm tests themselves, standing in for the registry. */
@Component
@Primary
@ConditionalOnProperty(name = "hazwatch.test.in-memory-directories", havingValue = "true")
class InMemoryAlarmPoints implements AlarmPoints {

    private final Map<String, PointAlarmSettings> points = new ConcurrentHashMap<>();
    private final Map<String, String> paths = new ConcurrentHashMap<>();

    /** A point with H and HH and no delays, so a single reading raises; the enterprise placed at the path. */
    PointAlarmSettings addHighPoint(String pointCode, String enterpriseCode, String path, double h, double hh) {
        PointAlarmSettings settings = new PointAlarmSettings(pointCode, enterpriseCode, null, null, h, hh, 1.0,
                Duration.ZERO, Duration.ZERO, null, AlarmDefaults.FLATLINE_AFTER);
        points.put(pointCode, settings);
        paths.put(enterpriseCode, path);
        return settings;
    }

    /** A point with settings of the test's own, the enterprise placed at the path. */
    void add(PointAlarmSettings settings, String path) {
        points.put(settings.pointCode(), settings);
        paths.put(settings.enterpriseCode(), path);
    }

    @Override
    public PointAlarmSettings settings(String pointCode) {
        return points.get(pointCode);
    }

    @Override
    public String jurisdictionPathOf(EnterpriseCode enterpriseCode) {
        return paths.getOrDefault(enterpriseCode.code(), "");
    }

    @Override
    public void forget(EnterpriseCode enterpriseCode) {
    }
}
