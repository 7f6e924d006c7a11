package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
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
 * On the province: the forwarded alarms and warnings as the ordinary lists and details show them, marked with their
 * origin, with the alarms of silent cities among the alarms; and the enterprises whose alarms the cities raise (so
 * this platform's engine leaves them alone).
 */
@Component
class ForwardedViews implements ForwardedAlarms, ForwardedWarnings {

    /** The forwarded warnings a list counts at most (a city's warnings of years are a few thousand). */
    private static final int WARNINGS_AT_MOST = 5000;

    private final ForwardedObjects objects;
    private final SilentCityAlarms silences;
    // another vendor's city may leave out what it does not have (docs/CASCADE.md, versioning): false, 0
    private final ObjectReader alarmReader;
    private final ObjectReader warningReader;

    ForwardedViews(ForwardedObjects objects, SilentCityAlarms silences, ObjectMapper json) {
        this.objects = objects;
        this.silences = silences;
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
    public ForwardedAlarms.Matches find(JurisdictionScope scope, ForwardedAlarms.Query query, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.activeOnly()) {
            where.add("body->>'state' <> 'NORMAL'");
        }
        if (query.state() != null) {
            where.add("body->>'state' = :state");
            params.put("state", query.state().name());
        }
        if (query.kind() != null) {
            where.add("body->>'kind' = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.severity() != null) {
            where.add("body->>'severity' = :severity");
            params.put("severity", query.severity().name());
        }
        if (query.from() != null) {
            where.add(ForwardedObjects.RAISED_AT + " >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.add(ForwardedObjects.RAISED_AT + " < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        String condition = where.isEmpty() ? "TRUE" : String.join(" AND ", where);
        List<AlarmView> forwarded = objects.alarms(scope, query.enterpriseCode(), condition, params, limit).stream()
                .map(o -> alarmReader.<AlarmView>readValue(o.body()).forwardedBy(o.sourcePlatform())).toList();
        long total = objects.countAlarms(scope, query.enterpriseCode(), condition, params);
        ForwardedAlarms.Matches silent = silences.find(scope, query, limit);
        if (silent.total() == 0) {
            return new ForwardedAlarms.Matches(forwarded, total);
        }
        return new ForwardedAlarms.Matches(Stream.concat(forwarded.stream(), silent.items().stream())
                .sorted(Comparator.comparing(AlarmView::raisedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit).toList(), total + silent.total());
    }

    @Override
    public Optional<AlarmView> alarm(Actor actor, UUID id) {
        return objects.one(CascadeWire.Kind.ALARM, id.toString())
                .filter(o -> actor.sees(o.enterpriseCode(), o.jurisdictionPath()))
                .map(o -> alarmReader.<AlarmView>readValue(o.body()).forwardedBy(o.sourcePlatform()))
                .or(() -> silences.one(actor, id));
    }

    @Override
    public Optional<WarningView> warning(Actor actor, UUID id) {
        return objects.one(CascadeWire.Kind.WARNING, id.toString())
                .filter(o -> actor.sees(o.enterpriseCode(), o.jurisdictionPath()))
                .map(o -> warningReader.<WarningView>readValue(o.body()).forwardedBy(o.sourcePlatform()));
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
