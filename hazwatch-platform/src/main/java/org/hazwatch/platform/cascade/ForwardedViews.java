package org.hazwatch.platform.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.ForwardedAlarms;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.warning.ForwardedWarnings;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * On the province: the forwarded alarms and warnings as the ordinary lists show them, marked with their origin,
 * and the enterprises whose alarms the cities raise (so this platform's engine leaves them alone).
 */
@Component
class ForwardedViews implements ForwardedAlarms, ForwardedWarnings {

    /** The forwarded warnings a list counts at most (a city's warnings of years are a few thousand). */
    private static final int WARNINGS_AT_MOST = 5000;

    private final ForwardedObjects objects;
    // another vendor's city may leave out what it does not have (docs/CASCADE.md, versioning): false, 0
    private final ObjectReader alarmReader;
    private final ObjectReader warningReader;

    ForwardedViews(ForwardedObjects objects, ObjectMapper json) {
        this.objects = objects;
        this.alarmReader = json.readerFor(AlarmView.class)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.warningReader = json.readerFor(WarningView.class)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Override
    public boolean forwarded(EnterpriseCode enterpriseCode) {
        return objects.forwarderOf(enterpriseCode.code()).isPresent();
    }

    @Override
    public List<AlarmView> list(Actor actor, boolean active, String enterpriseCode, String jurisdictionPath,
                                int limit) {
        JurisdictionScope scope = actor.scope().under(jurisdictionPath);
        return objects.list(CascadeWire.Kind.ALARM, scope, enterpriseCode,
                        active ? "body->>'state' <> 'NORMAL'" : "TRUE", Map.of(), limit).stream()
                .map(o -> alarmReader.<AlarmView>readValue(o.body()).forwardedBy(o.sourcePlatform())).toList();
    }

    @Override
    public List<WarningView> list(JurisdictionScope scope, WarningView.Filter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            conditions.add("body->>'status' = :status");
            params.put("status", filter.status());
        }
        if (filter.level() != null) {
            conditions.add("body->>'level' = :level");
            params.put("level", filter.level().name());
        }
        return objects.list(CascadeWire.Kind.WARNING, scope, filter.enterpriseCode(),
                        conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), params, WARNINGS_AT_MOST).stream()
                .map(o -> warningReader.<WarningView>readValue(o.body()).forwardedBy(o.sourcePlatform()))
                .filter(w -> filter.from() == null || !w.raisedAt().toInstant().isBefore(filter.from()))
                .filter(w -> filter.to() == null || w.raisedAt().toInstant().isBefore(filter.to()))
                .toList();
    }
}
