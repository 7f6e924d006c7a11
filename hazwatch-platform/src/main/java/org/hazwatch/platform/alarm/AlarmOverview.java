package org.hazwatch.platform.alarm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the web console shows of alarms (报警概况), scoped to what the actor sees: the alarms in force, the alarms
 * raised per day by priority, and the alarm-system health of an enterprise or a jurisdiction.
 */
@Service
class AlarmOverview {

    private static final String PER_DAY = """
            SELECT (raised_at AT TIME ZONE :zone)::date AS day, priority, count(*) AS n
            FROM alarm_episode
            WHERE raised_at >= :from AND raised_at < :to
              AND %s
            GROUP BY 1, 2""";

    private final AlarmQueries queries;
    private final AlarmHealth health;
    private final AlarmPoints points;
    private final Jurisdictions jurisdictions;
    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Clock clock;

    AlarmOverview(AlarmQueries queries, AlarmHealth health, AlarmPoints points, Jurisdictions jurisdictions,
                  JdbcClient jdbc, HazwatchProperties hazwatch, Clock clock) {
        this.queries = queries;
        this.health = health;
        this.points = points;
        this.jurisdictions = jurisdictions;
        this.jdbc = jdbc;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /** The alarms in force or waiting for acknowledgement, newest first; of one enterprise when a code is given. */
    public List<AlarmView> active(Actor actor, String enterpriseCode, int limit) {
        return queries.list(actor, new AlarmQueries.Filter(true, enterpriseCode, null, null, null, null, null,
                limit));
    }

    /** Alarms raised per day (in the platform's zone) from {@code from} to {@code to} inclusive, every day listed. */
    public List<AlarmDay> perDay(Actor actor, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, int[]> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new int[3]);
        }
        JurisdictionScope.Condition scope = actor.scope().on("jurisdiction_path", "enterprise_code");
        scope.bind(jdbc.sql(PER_DAY.formatted(scope.sql()))).param("zone", zone.getId())
                .param("from", AlarmStore.ts(start)).param("to", AlarmStore.ts(end))
                .query(rs -> {
                    int[] counts = days.get(rs.getObject("day", LocalDate.class));
                    if (counts != null) {
                        counts[switch (Priority.valueOf(rs.getString("priority"))) {
                            case HIGH -> 0;
                            case MEDIUM -> 1;
                            case LOW -> 2;
                        }] += rs.getInt("n");
                    }
                });
        List<AlarmDay> list = new ArrayList<>();
        days.forEach((day, c) -> list.add(new AlarmDay(day, c[0], c[1], c[2])));
        return list;
    }

    /** The health figures of one enterprise over the last {@code window}; not found outside the actor's scope. */
    public AlarmSystemHealth.Figures enterpriseHealth(Actor actor, EnterpriseCode enterpriseCode, Duration window) {
        if (!actor.sees(enterpriseCode.code(), points.jurisdictionPathOf(enterpriseCode))) {
            throw new NotFoundException("enterprise", enterpriseCode.code());
        }
        Instant now = clock.instant();
        return health.figures(JurisdictionScope.everything().ofEnterprise(enterpriseCode.code()), now.minus(window),
                now);
    }

    /** The enterprise's health figures over {@code [from, to)} (the what-if page's window). */
    public AlarmSystemHealth.Figures enterpriseHealth(Actor actor, EnterpriseCode enterpriseCode, Instant from,
                                                      Instant to) {
        if (!actor.sees(enterpriseCode.code(), points.jurisdictionPathOf(enterpriseCode))) {
            throw new NotFoundException("enterprise", enterpriseCode.code());
        }
        return health.figures(JurisdictionScope.everything().ofEnterprise(enterpriseCode.code()), from, to);
    }

    /**
     * The health figures of each of the enterprises (a page of the jurisdiction's table) over the last
     * {@code window}, read together; enterprises the actor does not see are left out.
     */
    public Map<String, AlarmSystemHealth.Figures> enterprisesHealth(Actor actor, List<String> enterpriseCodes,
                                                                    Duration window) {
        Instant now = clock.instant();
        if (enterpriseCodes.isEmpty()) {
            return Map.of();
        }
        return health.figuresOfEach(actor.scope(), enterpriseCodes, now.minus(window), now);
    }

    /**
     * The health figures of everything beneath a jurisdiction node (the actor's own when null) over the last
     * {@code window}; not found for enterprise users and outside the actor's scope.
     */
    public AlarmSystemHealth.Figures jurisdictionHealth(Actor actor, String jurisdictionCode, Duration window) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("jurisdiction", String.valueOf(jurisdictionCode));
        }
        Instant now = clock.instant();
        return health.figures(jurisdictions.scope(actor, jurisdictionCode), now.minus(window), now);
    }
}
