package org.hazwatch.platform.video;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spans in which cameras were online ({@code camera_presence}: one row per span, open while {@code until} is null). */
@Repository
class CameraPresenceStore implements CameraPresence {

    private static final String ONLINE = """
            SELECT c.code, coalesce(sum(extract(epoch FROM
                       least(coalesce(p.until, :to), :to) - greatest(p.since, :from))), 0) AS seconds
            FROM camera c
            LEFT JOIN camera_presence p ON p.camera_code = c.code AND p.since < :to
                 AND coalesce(p.until, :to) > :from
            WHERE c.enterprise_code = :enterprise
            GROUP BY c.code
            ORDER BY c.code""";

    private final JdbcClient jdbc;

    CameraPresenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Duration> onlineTime(String enterpriseCode, Instant from, Instant to) {
        Map<String, Duration> online = new LinkedHashMap<>();
        jdbc.sql(ONLINE).param("enterprise", enterpriseCode).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    online.put(rs.getString(1), Duration.ofMillis(Math.round(rs.getDouble(2) * 1000)));
                });
        return online;
    }
}
