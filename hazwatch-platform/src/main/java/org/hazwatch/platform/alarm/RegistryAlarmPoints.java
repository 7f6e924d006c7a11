package org.hazwatch.platform.alarm;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hazwatch.platform.alarm.rules.AlarmDefaults;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.registry.EnterpriseRegistration;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.RegistryChanged;
import org.hazwatch.platform.registry.RegistryProjection;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's points with the alarm defaults applied and this feature's rate limits added: a projection of the
 * registry's read model, derived again when an enterprise's registration changes or after {@link #forget}.
 *
 * <p>Each point's settings are also held by its code, so a look-up is one map read (issue 17: resolving the
 * projection — the code parsed, the enterprise's registration and its derived map found — was 4 % of a province's
 * samples, asked per point by the warning engine and the pages). Those are stamped with the registry's generation:
 * any {@link RegistryChanged} or {@link #forget} starts a new one, after the read model has let the old
 * registration go, and a point held from an older generation is settled again from the projection.
 */
@Component
class RegistryAlarmPoints implements AlarmPoints {

    private final Registry registry;
    private final RateLimits rateLimits;
    private final RegistryProjection<Map<String, PointAlarmSettings>> settings;

    private final ObjectProvider<ForwardedAlarms> forwarded;
    private final Map<String, Held> byPoint = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** A point's settings as settled in a generation of the registry. */
    private record Held(PointAlarmSettings settings, long generation) {
    }

    RegistryAlarmPoints(Registry registry, RateLimits rateLimits, ObjectProvider<ForwardedAlarms> forwarded) {
        this.forwarded = forwarded;
        this.registry = registry;
        this.rateLimits = rateLimits;
        this.settings = registry.projection(this::settle);
    }

    @Override
    public PointAlarmSettings settings(String pointCode) {
        long now = generation.get();  // before the projection is read: a change after it makes this entry stale
        Held held = byPoint.get(pointCode);
        if (held != null && held.generation() == now) {
            return held.settings();
        }
        PointAlarmSettings settled = settings.ofPoint(pointCode).map(points -> points.get(pointCode)).orElse(null);
        if (settled != null) {
            byPoint.put(settled.pointCode(), new Held(settled, now));  // the registry's instance of the code
        } else if (held != null) {
            byPoint.remove(pointCode);
        }
        return settled;
    }

    /**
     * Right after the read model forgot the enterprise (it runs first) and before the other listeners of the commit
     * (the engine's reconfiguration, the warning feature's limits): they read the new settings.
     */
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    @TransactionalEventListener(fallbackExecution = true)
    void registryChanged(RegistryChanged change) {
        generation.incrementAndGet();
    }

    /** The read model forgets what a failed transaction may have loaded; so does this. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void registryRolledBack(RegistryChanged change) {
        generation.incrementAndGet();
    }

    @Override
    public String jurisdictionPathOf(EnterpriseCode enterpriseCode) {
        return registry.jurisdictionPathOf(enterpriseCode.code()).orElse("");
    }

    @Override
    public void forget(EnterpriseCode enterpriseCode) {
        settings.forget(enterpriseCode.code());
        generation.incrementAndGet();
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
