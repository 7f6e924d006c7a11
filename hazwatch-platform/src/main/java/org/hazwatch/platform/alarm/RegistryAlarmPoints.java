package org.hazwatch.platform.alarm;

import java.util.HashMap;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.AlarmDefaults;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.registry.EnterpriseRegistration;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.RegistryProjection;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The registry's points with the alarm defaults applied and this feature's rate limits added: a projection of the
 * registry's read model, derived again when an enterprise's registration changes or after {@link #forget}.
 */
@Component
class RegistryAlarmPoints implements AlarmPoints {

    private final Registry registry;
    private final RateLimits rateLimits;
    private final RegistryProjection<Map<String, PointAlarmSettings>> settings;

    private final ObjectProvider<ForwardedAlarms> forwarded;

    RegistryAlarmPoints(Registry registry, RateLimits rateLimits, ObjectProvider<ForwardedAlarms> forwarded) {
        this.forwarded = forwarded;
        this.registry = registry;
        this.rateLimits = rateLimits;
        this.settings = registry.projection(this::settle);
    }

    @Override
    public PointAlarmSettings settings(String pointCode) {
        return settings.ofPoint(pointCode).map(points -> points.get(pointCode)).orElse(null);
    }

    @Override
    public String jurisdictionPathOf(EnterpriseCode enterpriseCode) {
        return registry.jurisdictionPathOf(enterpriseCode.code()).orElse("");
    }

    @Override
    public void forget(EnterpriseCode enterpriseCode) {
        settings.forget(enterpriseCode.code());
    }

    private Map<String, PointAlarmSettings> settle(EnterpriseRegistration registration) {
        ForwardedAlarms cascade = forwarded.getIfAvailable();
        if (cascade != null && cascade.forwarded(EnterpriseCode.of(registration.code()))) {
            // a city's enterprise forwarded here (SPEC §12): the city's engine raises its alarms, not this one
            return Map.of();
        }
        Map<String, Double> rates = rateLimits.ofEnterprise(registration.code());
        Map<String, PointAlarmSettings> points = new HashMap<>();
        for (PointDefinition p : registration.pointsByCode().values()) {
            points.put(p.code(), settingsOf(p, rates.get(p.code())));
        }
        return Map.copyOf(points);
    }

    /** A registered point's settings as the engine applies them: its kind's defaults where it leaves values null. */
    static PointAlarmSettings settingsOf(PointDefinition p, Double ratePerMinute) {
        return AlarmDefaults.settle(p.code(), p.enterpriseCode(), p.kind(), p.unit(), p.rangeLow(), p.rangeHigh(),
                p.ll(), p.l(), p.h(), p.hh(), p.deadband(), p.onDelay(), p.offDelay(), ratePerMinute);
    }
}
