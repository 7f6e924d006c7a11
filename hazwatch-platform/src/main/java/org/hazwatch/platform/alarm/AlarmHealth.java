package org.hazwatch.platform.alarm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hazwatch.platform.alarm.rules.AlarmKey;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Alarm-system health figures (报警系统健康度) for an enterprise or everything beneath a jurisdiction path, from the
 * stored transitions; and the daily snapshot of yesterday's figures per enterprise and per jurisdiction node with
 * alarms (table {@code alarm_health_daily}).
 */
@Service
class AlarmHealth implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AlarmHealth.class);

    private static final String MOVES = """
            SELECT e.enterprise_code, e.point_code, e.kind, e.priority, t.kind AS move, t.at
            FROM alarm_transition t JOIN alarm_episode e ON e.id = t.episode_id
            WHERE t.kind IN ('RAISED', 'CLEARED') AND t.at >= :from AND t.at < :to
              AND %s""";

    private static final String STALE = """
            SELECT count(*) FROM alarm_episode
            WHERE state <> 'NORMAL' AND active AND raised_at < :before
              AND %s""";

    private static final String STALE_OF_EACH = """
            SELECT enterprise_code, count(*) FROM alarm_episode
            WHERE state <> 'NORMAL' AND active AND raised_at < :before AND enterprise_code = ANY(:codes)
              AND %s
            GROUP BY enterprise_code""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final String snapshotAt;
    private final Clock clock;

    AlarmHealth(JdbcClient jdbc, ObjectMapper json, HazwatchProperties hazwatch,
                @Value("${hazwatch.alarm.health-snapshot:0 10 0 * * *}") String snapshotAt, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.zone = hazwatch.zone();
        this.snapshotAt = snapshotAt;
        this.clock = clock;
    }

    /** The daily snapshot runs at {@code hazwatch.alarm.health-snapshot} (a cron expression) in the platform's zone. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addCronTask(new CronTask(this::snapshotYesterday, new CronTrigger(snapshotAt, zone)));
    }

    /** The figures of the alarms in {@code scope}, which callers have checked against the actor. */
    AlarmSystemHealth.Figures figures(JurisdictionScope scope, Instant from, Instant to) {
        List<Row> rows = rows(scope, null, from, to);
        JurisdictionScope.Condition stale = scope.on("jurisdiction_path", "enterprise_code");
        int staleCount = stale.bind(jdbc.sql(STALE.formatted(stale.sql())))
                .param("before", AlarmStore.ts(to.minus(Duration.ofHours(24)))).query(Integer.class).single();
        return figures(rows, from, to, staleCount);
    }

    /**
     * The figures of each of the enterprises in {@code scope}, with two queries for them all (a province's health
     * page has thousands of lines, issue 17); an enterprise without alarms has empty figures.
     */
    Map<String, AlarmSystemHealth.Figures> figuresOfEach(JurisdictionScope scope, List<String> enterpriseCodes,
                                                         Instant from, Instant to) {
        Map<String, List<Row>> rows = rows(scope, enterpriseCodes, from, to).stream()
                .collect(Collectors.groupingBy(r -> r.key().enterpriseCode().code()));
        JurisdictionScope.Condition stale = scope.on("jurisdiction_path", "enterprise_code");
        Map<String, Integer> staleCounts = new HashMap<>();
        stale.bind(jdbc.sql(STALE_OF_EACH.formatted(stale.sql())))
                .param("before", AlarmStore.ts(to.minus(Duration.ofHours(24))))
                .param("codes", enterpriseCodes.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    staleCounts.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, AlarmSystemHealth.Figures> figures = new LinkedHashMap<>();
        for (String code : enterpriseCodes) {
            figures.put(code, figures(rows.getOrDefault(code, List.of()), from, to, staleCounts.getOrDefault(code, 0)));
        }
        return figures;
    }

    private record Row(AlarmKey key, Priority priority, boolean raised, Instant at) {
    }

    /** @param enterpriseCodes only these enterprises' alarms; all in the scope when null */
    private List<Row> rows(JurisdictionScope scope, List<String> enterpriseCodes, Instant from, Instant to) {
        JurisdictionScope.Condition moves = scope.on("e.jurisdiction_path", "e.enterprise_code");
        String only = enterpriseCodes == null ? "" : " AND e.enterprise_code = ANY(:codes)";
        var sql = moves.bind(jdbc.sql(MOVES.formatted(moves.sql()) + only))
                .param("from", AlarmStore.ts(from)).param("to", AlarmStore.ts(to));
        if (enterpriseCodes != null) {
            sql = sql.param("codes", enterpriseCodes.toArray(String[]::new));
        }
        return sql.query((rs, n) -> new Row(AlarmKey.of(EnterpriseCode.of(rs.getString(1)), rs.getString(2),
                AlarmKind.valueOf(rs.getString(3))), Priority.valueOf(rs.getString(4)),
                rs.getString(5).equals("RAISED"), AlarmStore.instant(rs, "at"))).list();
    }

    private static AlarmSystemHealth.Figures figures(List<Row> rows, Instant from, Instant to, int staleCount) {
        return AlarmSystemHealth.of(from, to,
                rows.stream().filter(Row::raised).map(r -> new AlarmSystemHealth.Raise(r.key(), r.priority(), r.at()))
                        .toList(),
                rows.stream().map(r -> new AlarmSystemHealth.Move(r.key(), r.at())).toList(), staleCount);
    }

    /** Yesterday (in the platform's zone) for every enterprise and every jurisdiction node on a path with alarms. */
    void snapshotYesterday() {
        snapshot(LocalDate.now(clock.withZone(zone)).minusDays(1));
    }

    /** Late alarms (补传) reached into days already snapshot: those days are taken again, with them. */
    @EventListener
    void backfilled(AlarmsBackfilled e) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate last = LocalDate.ofInstant(e.to(), zone);
        for (LocalDate day = LocalDate.ofInstant(e.from(), zone); day.isBefore(today) && !day.isAfter(last);
                day = day.plusDays(1)) {
            snapshot(day);
        }
    }

    void snapshot(LocalDate day) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<String[]> scopes = jdbc.sql("""
                SELECT DISTINCT enterprise_code, jurisdiction_path FROM alarm_episode
                WHERE raised_at < :to AND (cleared_at IS NULL OR cleared_at >= :from)""")
                .param("from", AlarmStore.ts(from)).param("to", AlarmStore.ts(to))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        scopes.stream().map(s -> s[0]).distinct()
                .forEach(e -> store(e, day, figures(JurisdictionScope.everything().ofEnterprise(e), from, to)));
        scopes.stream().flatMap(s -> nodes(s[1]).stream()).distinct()
                .forEach(path -> store(code(path), day, figures(JurisdictionScope.everything().under(path), from,
                        to)));
        log.info("alarm health snapshot of {}: {} enterprises", day, scopes.size());
    }

    List<String> daily(String scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT figures::text FROM alarm_health_daily WHERE scope = :scope AND day >= :from AND day <= :to
                ORDER BY day""").param("scope", scope).param("from", from).param("to", to)
                .query(String.class).list();
    }

    private void store(String scope, LocalDate day, AlarmSystemHealth.Figures figures) {
        jdbc.sql("""
                INSERT INTO alarm_health_daily (scope, day, figures) VALUES (:scope, :day, CAST(:figures AS jsonb))
                ON CONFLICT (scope, day) DO UPDATE SET figures = excluded.figures""")
                .param("scope", scope).param("day", day).param("figures", json.writeValueAsString(figures)).update();
    }

    /** {@code 140000/140500/140525/} → the three nodes' own paths. */
    private static List<String> nodes(String path) {
        List<String> nodes = new java.util.ArrayList<>();
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            nodes.add(path.substring(0, i + 1));
        }
        return nodes;
    }

    private static String code(String nodePath) {
        String trimmed = nodePath.substring(0, nodePath.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
