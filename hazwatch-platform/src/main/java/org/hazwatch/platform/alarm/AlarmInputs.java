package org.hazwatch.platform.alarm;

import java.time.Clock;
import org.hazwatch.platform.alarm.rules.AlarmKey;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Transition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.RegistryChanged;
import org.hazwatch.platform.telemetry.EnterpriseCameOnline;
import org.hazwatch.platform.telemetry.EnterpriseWentOffline;
import org.hazwatch.platform.telemetry.PointCameOnline;
import org.hazwatch.platform.telemetry.PointWentOffline;
import org.hazwatch.platform.telemetry.ReadingsCommitted;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What moves the engine besides people: committed readings, presence changes, registrations and the clock. Each is
 * only queued here for the engine thread, so the publishers (the reading writer among them) are not held up.
 */
@Component
class AlarmInputs {

    private final AlarmEngine engine;
    private final Registry registry;
    private final Clock clock;

    AlarmInputs(AlarmEngine engine, Registry registry, Clock clock) {
        this.engine = engine;
        this.registry = registry;
        this.clock = clock;
    }

    @EventListener
    void committed(ReadingsCommitted group) {
        engine.enqueue(() -> engine.evaluate(group, true));
    }

    @EventListener
    void pointOffline(PointWentOffline e) {
        AlarmKey key = AlarmKey.ofPoint(e.pointCode(), AlarmKind.POINT_OFFLINE);
        engine.enqueue(() -> engine.presence(key, true, e.at()));
    }

    @EventListener
    void pointOnline(PointCameOnline e) {
        AlarmKey key = AlarmKey.ofPoint(e.pointCode(), AlarmKind.POINT_OFFLINE);
        engine.enqueue(() -> engine.presence(key, false, e.at()));
    }

    @EventListener
    void enterpriseOffline(EnterpriseWentOffline e) {
        AlarmKey key = AlarmKey.ofEnterprise(e.enterpriseCode(), AlarmKind.ENTERPRISE_OFFLINE);
        engine.enqueue(() -> engine.presence(key, true, e.at()));
    }

    @EventListener
    void enterpriseOnline(EnterpriseCameOnline e) {
        AlarmKey key = AlarmKey.ofEnterprise(e.enterpriseCode(), AlarmKind.ENTERPRISE_OFFLINE);
        engine.enqueue(() -> engine.presence(key, false, e.at()));
    }

    /**
     * Limits, deadband and delays may have changed with the base data: the engine takes the enterprise's points
     * afresh (the registry's read model has them already). An official level changes no alarm setting.
     */
    @TransactionalEventListener
    void registryChanged(RegistryChanged e) {
        if (e.change() != RegistryChanged.Change.BASE_DATA) {
            return;
        }
        var codes = registry.pointsOf(e.enterpriseCode().code());
        engine.enqueue(() -> codes.forEach(p -> engine.reconfigure(p.code())));
    }

    /** Shelves run out, out-of-service periods begin and end: open episodes follow on the wall clock. */
    @Scheduled(fixedDelayString = "${hazwatch.alarm.cover-check:15s}")
    void coverCheck() {
        engine.enqueue(() -> {
            engine.recover(Transition.SYSTEM, null, clock.instant());
            engine.commit(false, null);
        });
    }
}
