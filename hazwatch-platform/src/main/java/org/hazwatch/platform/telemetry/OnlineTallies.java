package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.protocol.Codes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Presence over a period, in bulk, for the figures of a period (bulletins, SPEC §9): per enterprise the hours in
 * which usable readings of at least one of its points arrived, from the hour rollups — the same measure as
 * {@link Telemetry#onlineRatePerDay}. Not scoped to a person: callers pass the enterprises they checked.
 */
@Service
@EntryClass
public class OnlineTallies {

    private static final String HOURS = """
            SELECT enterprise, count(*)
            FROM (SELECT DISTINCT left(point_code, :enterpriseLength) AS enterprise, bucket
                  FROM reading_1h
                  WHERE bucket >= :from AND bucket < :to
                    AND left(point_code, :enterpriseLength) IN (:enterprises)) AS hours
            GROUP BY 1""";

    private final JdbcClient jdbc;

    OnlineTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per enterprise among those given with any reading, its hours with readings in {@code [from, to)}. */
    public Map<String, Integer> onlineHours(Collection<String> enterpriseCodes, Instant from, Instant to) {
        Map<String, Integer> hours = new HashMap<>();
        if (enterpriseCodes.isEmpty()) {
            return hours;
        }
        jdbc.sql(HOURS).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("enterprises", enterpriseCodes).param("enterpriseLength", Codes.ENTERPRISE_LENGTH)
                .query(rs -> {
                    hours.put(rs.getString(1), rs.getInt(2));
                });
        return hours;
    }
}
