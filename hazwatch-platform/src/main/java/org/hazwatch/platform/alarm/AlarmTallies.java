package org.hazwatch.platform.alarm;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Alarms raised in a period, counted in bulk for the figures of a period (研判, bulletins): per enterprise, day (in
 * the platform's zone) and priority, and the points that alarmed most. Not scoped to a person: callers pass the
 * scope they checked.
 */
@Service
@EntryClass
public class AlarmTallies {

    /** Alarms raised by one enterprise on one day at one priority. */
    public record EnterpriseDayAlarms(String enterpriseCode, LocalDate day, Priority priority, int count) {
    }

    /** A point and the alarms it raised. */
    public record PointAlarms(String pointCode, String enterpriseCode, int count) {
    }

    private static final String PER_ENTERPRISE_DAY = """
            SELECT enterprise_code, (raised_at AT TIME ZONE :zone)::date AS day, priority, count(*) AS n
            FROM alarm_episode
            WHERE raised_at >= :from AND raised_at < :to AND %s
            GROUP BY 1, 2, 3""";

    private static final String TOP_POINTS = """
            SELECT point_code, enterprise_code, count(*) AS n
            FROM alarm_episode
            WHERE raised_at >= :from AND raised_at < :to AND point_code IS NOT NULL AND %s
            GROUP BY 1, 2
            ORDER BY n DESC, point_code
            LIMIT :limit""";

    private static final String OF_POINTS = """
            SELECT point_code, count(*) AS n
            FROM alarm_episode
            WHERE raised_at >= :from AND raised_at < :to AND point_code IN (:points) AND %s
            GROUP BY 1""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AlarmTallies(JdbcClient jdbc, HazwatchProperties hazwatch) {
        this.jdbc = jdbc;
        this.zone = hazwatch.zone();
    }

    /** Alarms raised in {@code [from, to)} per enterprise, day and priority. */
    public List<EnterpriseDayAlarms> perEnterpriseDay(JurisdictionScope scope, Instant from, Instant to) {
        JurisdictionScope.Condition in = scope.on("jurisdiction_path", "enterprise_code");
        return in.bind(jdbc.sql(PER_ENTERPRISE_DAY.formatted(in.sql())))
                .param("zone", zone.getId()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new EnterpriseDayAlarms(rs.getString(1), rs.getObject(2, LocalDate.class),
                        Priority.valueOf(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    /** The {@code limit} points that raised most alarms in {@code [from, to)}, most first. */
    public List<PointAlarms> topPoints(JurisdictionScope scope, Instant from, Instant to, int limit) {
        JurisdictionScope.Condition in = scope.on("jurisdiction_path", "enterprise_code");
        return in.bind(jdbc.sql(TOP_POINTS.formatted(in.sql())))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, n) -> new PointAlarms(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** The alarms raised in {@code [from, to)} by each of the points given that raised any. */
    public Map<String, Integer> ofPoints(JurisdictionScope scope, Instant from, Instant to,
                                         Collection<String> pointCodes) {
        Map<String, Integer> counts = new HashMap<>();
        if (pointCodes.isEmpty()) {
            return counts;
        }
        JurisdictionScope.Condition in = scope.on("jurisdiction_path", "enterprise_code");
        in.bind(jdbc.sql(OF_POINTS.formatted(in.sql())))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("points", pointCodes)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }
}
