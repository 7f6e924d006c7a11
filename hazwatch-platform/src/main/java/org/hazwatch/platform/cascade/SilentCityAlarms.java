package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.ForwardedAlarms;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.EpisodeState;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.stereotype.Component;

/**
 * The silent cities' data-quality alarms (市级平台数据中断) as the alarm lists show them: kind
 * {@link AlarmKind#PLATFORM_SILENT}, severity {@link Severity#OFFLINE} (low priority, as the other data-quality
 * alarms), no enterprise and no point, the platform's node as their place, {@code UNACKNOWLEDGED} while the city is
 * silent and {@code NORMAL} once it is heard; seen by who sees the city's node. Nobody acknowledges them: hearing the
 * city is what ends them.
 */
@Component
class SilentCityAlarms {

    private final CitySilences silences;
    private final ZoneId zone;

    SilentCityAlarms(CitySilences silences, HazwatchProperties hazwatch) {
        this.silences = silences;
        this.zone = hazwatch.zone();
    }

    ForwardedAlarms.Matches find(JurisdictionScope scope, ForwardedAlarms.Query query, int limit) {
        if (query.enterpriseCode() != null || (query.kind() != null && query.kind() != AlarmKind.PLATFORM_SILENT)
                || (query.severity() != null && query.severity() != Severity.OFFLINE)
                || (query.state() != null && query.state() != EpisodeState.UNACKNOWLEDGED
                        && query.state() != EpisodeState.NORMAL)) {
            return new ForwardedAlarms.Matches(List.of(), 0);
        }
        JurisdictionScope.Condition in = scope.on("s.jurisdiction_path");
        List<String> where = new ArrayList<>(List.of(in.sql()));
        Map<String, Object> params = new LinkedHashMap<>(in.params());
        if (query.activeOnly() || query.state() == EpisodeState.UNACKNOWLEDGED) {
            where.add("s.cleared_at IS NULL");
        } else if (query.state() == EpisodeState.NORMAL) {
            where.add("s.cleared_at IS NOT NULL");
        }
        if (query.from() != null) {
            where.add("s.raised_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.add("s.raised_at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        String condition = String.join(" AND ", where);
        long total = silences.count(condition, params);
        return new ForwardedAlarms.Matches(total == 0 ? List.of()
                : silences.find(condition, params, limit).stream().map(this::view).toList(), total);
    }

    Optional<AlarmView> one(Actor actor, UUID id) {
        return silences.find("s.id = :id", Map.of("id", id), 1).stream()
                .filter(s -> !actor.role().isEnterprise() && actor.scope().contains(s.jurisdictionPath()))
                .map(this::view).findFirst();
    }

    private AlarmView view(CitySilences.Silence s) {
        boolean silent = s.clearedAt() == null;
        return new AlarmView(s.id(), null, null, s.jurisdictionPath(), AlarmKind.PLATFORM_SILENT, Severity.OFFLINE,
                Severity.OFFLINE.priority(), (silent ? EpisodeState.UNACKNOWLEDGED : EpisodeState.NORMAL).name(),
                silent, false, shown(s.raisedAt()), shown(s.clearedAt()), null, false, null, silences.text(s));
    }

    private OffsetDateTime shown(Instant at) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime();
    }
}
