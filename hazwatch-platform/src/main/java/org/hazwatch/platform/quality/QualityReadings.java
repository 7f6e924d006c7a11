package org.hazwatch.platform.quality;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hazwatch.platform.quality.rules.PointHour;
import org.hazwatch.platform.quality.rules.Span;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The day's readings counted per point and hour in one statement over the raw log ({@code reading}, read-only: it
 * holds the receive time of every reading, so timeliness needs no counter of its own in the ingest path). One pass
 * sorts each point's readings by time: the time to the next reading gives the online time (at most the offline
 * time), a change of value starts a new run, and a run of usable readings that lasts the flatline time is flatlined.
 */
@Repository
class QualityReadings {

    private static final String HOURS = """
            WITH r AS (
                SELECT point_code, time, value, received_at, quality IN ('GOOD', 'UNCERTAIN') AS usable,
                       lead(time) OVER (PARTITION BY point_code ORDER BY time) AS next_time
                FROM reading
                WHERE time >= :from AND time < :to AND point_code LIKE :prefix
            ), changes AS (
                SELECT point_code, time, value,
                       CASE WHEN value IS DISTINCT FROM lag(value) OVER (PARTITION BY point_code ORDER BY time)
                            THEN 1 ELSE 0 END AS change
                FROM r WHERE usable
            ), runs AS (
                SELECT point_code, time, sum(change) OVER (PARTITION BY point_code ORDER BY time) AS run
                FROM changes
            ), flat AS (
                SELECT runs.point_code, runs.time
                FROM runs JOIN (SELECT point_code, run FROM runs GROUP BY point_code, run
                                HAVING max(time) - min(time) >= :flatline * interval '1 second') long_runs
                  ON long_runs.point_code = runs.point_code AND long_runs.run = runs.run
            )
            SELECT r.point_code,
                   date_trunc('hour', r.time AT TIME ZONE :zone) AT TIME ZONE :zone AS hour,
                   count(*) AS received,
                   count(*) FILTER (WHERE r.received_at - r.time > :late * interval '1 second') AS late,
                   count(*) FILTER (WHERE r.usable) AS usable,
                   count(flat.time) AS flatlined,
                   sum(extract(epoch FROM least(coalesce(r.next_time, :to), r.time + :offline * interval '1 second',
                       CAST(:to AS timestamptz)) - r.time)) AS online_seconds
            FROM r LEFT JOIN flat ON flat.point_code = r.point_code AND flat.time = r.time
            GROUP BY 1, 2""";

    private static final String EVER = """
            SELECT p FROM unnest(CAST(:points AS text[])) AS p
            WHERE EXISTS (SELECT 1 FROM reading_1h h WHERE h.point_code = p AND h.bucket < :before)
               OR EXISTS (SELECT 1 FROM reading r WHERE r.point_code = p AND r.time >= :recent AND r.time < :before)""";

    private final JdbcClient jdbc;

    QualityReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every point's hours in the window, of one enterprise ({@code enterpriseCode}) or of all (null), streamed.
     */
    void hours(Span window, String enterpriseCode, ZoneId zone, Duration late, Duration flatline, Duration offline,
               Consumer<PointHour> sink) {
        Timestamp to = Timestamp.from(window.until());
        jdbc.sql(HOURS).param("from", Timestamp.from(window.from())).param("to", to)
                .param("prefix", enterpriseCode == null ? "%" : enterpriseCode + "%").param("zone", zone.getId())
                .param("late", late.toSeconds()).param("flatline", flatline.toSeconds())
                .param("offline", offline.toSeconds())
                .query(rs -> {
                    sink.accept(new PointHour(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getDouble(7)));
                });
    }

    /** Of the points, those with any reading stored before {@code before} (hour rollups, and the raw log's last days). */
    Set<String> everConnected(Collection<String> points, Instant before) {
        Set<String> connected = new HashSet<>();
        if (points.isEmpty()) {
            return connected;
        }
        jdbc.sql(EVER).param("points", points.toArray(String[]::new)).param("before", Timestamp.from(before))
                .param("recent", Timestamp.from(before.minus(Duration.ofDays(2))))
                .query(rs -> {
                    connected.add(rs.getString(1));
                });
        return connected;
    }

}
