package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hazwatch.protocol.Codes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * History of presence from the hour rollups: for each day (in the zone asked for) and enterprise, the number of
 * hours in which at least one usable reading of one of its points arrived.
 */
@Repository
class OnlineHours {

    private static final String HOURS = """
            SELECT (bucket AT TIME ZONE :zone)::date AS day, count(DISTINCT (left(point_code, :enterpriseLength), bucket))
            FROM reading_1h
            WHERE bucket >= :from AND bucket < :to AND left(point_code, :enterpriseLength) IN (:enterprises)
            GROUP BY 1""";

    private final JdbcClient jdbc;

    OnlineHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per day, the (enterprise, hour) pairs with readings, summed over the enterprises. */
    Map<LocalDate, Integer> perDay(Collection<String> enterpriseCodes, Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Integer> days = new HashMap<>();
        if (enterpriseCodes.isEmpty()) {
            return days;
        }
        jdbc.sql(HOURS).param("zone", zone.getId()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("enterprises", enterpriseCodes).param("enterpriseLength", Codes.ENTERPRISE_LENGTH)
                .query(rs -> {
                    days.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                });
        return days;
    }
}
