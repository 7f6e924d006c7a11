package org.hazwatch.platform.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmLimits;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.telemetry.EnterpriseLive;
import org.hazwatch.platform.telemetry.Telemetry;
import org.springframework.stereotype.Component;

/**
 * What the enterprise page and the operator's console read, put together from the features' public beans; every
 * read is scoped to the actor (an enterprise the actor does not see is a 404).
 */
@Component
class EnterpriseViews {

    private static final int ALARM_LIMIT = 200;

    private final Registry registry;
    private final Telemetry telemetry;
    private final Alarms alarms;
    private final Filings filings;
    private final Clock clock;

    EnterpriseViews(Registry registry, Telemetry telemetry, Alarms alarms, Filings filings, Clock clock) {
        this.registry = registry;
        this.telemetry = telemetry;
        this.alarms = alarms;
        this.filings = filings;
        this.clock = clock;
    }

    RegisteredEnterprise enterprise(Actor actor, String code) {
        return registry.enterprise(code).filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", code));
    }

    /** The open alarms of the enterprise (not yet returned to normal and acknowledged), newest first. */
    List<AlarmView> openAlarms(Actor actor, String code) {
        return alarms.activeWithForwarded(actor, code, ALARM_LIMIT);
    }

    List<FilingView> filingsInForce(String code) {
        return filings.inForce(code, clock.instant());
    }

    /**
     * Every point of the enterprise with its live value and the limits the alarm engine applies to it, in
     * registration order (by code).
     */
    List<EnterprisePointRow> points(Actor actor, String code, List<AlarmView> openAlarms,
                                    List<FilingView> inForce) {
        EnterpriseLive live = telemetry.live(actor, code);
        Map<String, EnterpriseLive.PointLive> values = live.points().stream()
                .collect(Collectors.toMap(EnterpriseLive.PointLive::pointCode, Function.identity()));
        Map<String, String> equipment = registry.equipmentNames(actor, code);
        Set<String> alarmed = openAlarms.stream().map(AlarmView::pointCode).collect(Collectors.toSet());
        return registry.pointsOf(code).stream().sorted(Comparator.comparing(PointDefinition::code)).map(p -> {
            EnterpriseLive.PointLive v = values.get(p.code());
            String quality = v == null || v.quality() == null ? null : v.quality().name();
            Double value = v == null ? null : v.value();
            AlarmLimits limits = alarms.limitsOf(p.code());
            return new EnterprisePointRow(p, equipment.getOrDefault(p.equipmentCode(), p.equipmentCode()), limits,
                    value, v == null ? null : v.time(), quality, v != null && v.online(),
                    EnterprisePointRow.band(limits, value, quality), covering(inForce, p.code()),
                    alarmed.contains(p.code()));
        }).toList();
    }

    /** The filing that has the point out of service now, if any. */
    static FilingView covering(List<FilingView> inForce, String pointCode) {
        return inForce.stream().filter(f -> f.scope() == FilingScope.ENTERPRISE || f.pointCodes().contains(pointCode))
                .findFirst().orElse(null);
    }
}
