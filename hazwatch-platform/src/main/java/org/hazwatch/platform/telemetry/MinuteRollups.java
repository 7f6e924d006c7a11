package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The 1-minute rollups as another platform sees them (cascade, SPEC §12): on a city, the minutes the rollup job has
 * revised, in the order it revised them (by the newest receipt of a usable reading in the minute); on a province,
 * the minutes a city forwarded, stored as this platform's own minutes (and their hours recomputed) so a series
 * reads them like a local point's.
 */
@Repository
public class MinuteRollups {

    /** How much of the reading log one page looks at, at most (bounds the scan of a long back-log). */
    static final Duration WINDOW = Duration.ofHours(1);

    /**
     * One minute of one point, usable readings only; avg = sum / count.
     *
     * @param revisedAt when the minute last changed: the newest receipt of a reading in it
     */
    public record Minute(String pointCode, Instant minute, double min, double max, double sum, long count,
                         Instant lastTime, double lastValue, Instant revisedAt) {
    }

    /**
     * A page of revised minutes, in revision order.
     *
     * @param next where the next page starts (receipt time, inclusive); the page's start when nothing was rolled up
     */
    public record Page(List<Minute> minutes, Instant next) {
    }

    private static final String REVISED = """
            WITH touched AS (
                SELECT point_code, date_trunc('minute', time, 'UTC') AS bucket, max(received_at) AS revised
                FROM reading
                WHERE received_at >= :from AND received_at < :bound AND quality IN ('GOOD', 'UNCERTAIN')
                GROUP BY 1, 2),
            cut AS (SELECT revised FROM touched ORDER BY revised OFFSET :skip LIMIT 1)
            SELECT m.point_code, m.bucket, m.min, m.max, m.sum, m.count, m.last_time, m.last_value, t.revised
            FROM touched t JOIN reading_1m m ON m.point_code = t.point_code AND m.bucket = t.bucket
            WHERE NOT EXISTS (SELECT 1 FROM cut) OR t.revised <= (SELECT revised FROM cut)
            ORDER BY t.revised, m.point_code, m.bucket""";

    private static final String FIRST = """
            SELECT received_at FROM reading WHERE received_at >= :from AND received_at < :rolled
            ORDER BY received_at LIMIT 1""";

    private static final String PUT = """
            INSERT INTO reading_1m (point_code, bucket, min, max, sum, count, last_time, last_value)
            VALUES (:point, :bucket, :min, :max, :sum, :count, :lastTime, :lastValue)
            ON CONFLICT (point_code, bucket) DO UPDATE SET min = excluded.min, max = excluded.max, sum = excluded.sum,
                count = excluded.count, last_time = excluded.last_time, last_value = excluded.last_value""";

    /** A coarser rollup row (table and its step) recomputed from the point's minutes inside it. */
    private static final String FROM_MINUTES = """
            INSERT INTO %s (point_code, bucket, min, max, sum, count, last_time, last_value)
            SELECT point_code, :start, min(min), max(max), sum(sum), sum(count), max(last_time),
                   (array_agg(last_value ORDER BY last_time DESC))[1]
            FROM reading_1m
            WHERE point_code = :point AND bucket >= :start AND bucket < CAST(:start AS timestamptz) + interval '%s'
            GROUP BY point_code
            ON CONFLICT (point_code, bucket) DO UPDATE SET min = excluded.min, max = excluded.max,
                sum = excluded.sum, count = excluded.count, last_time = excluded.last_time,
                last_value = excluded.last_value""";
    private static final String TEN = FROM_MINUTES.formatted("reading_10m", "10 minutes");
    private static final String HOUR = FROM_MINUTES.formatted("reading_1h", "1 hour");

    private final JdbcClient jdbc;

    MinuteRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The minutes revised by readings received from {@code from} on, as far as the rollup job has gone: about
     * {@code atMost} minutes, never splitting the minutes of one receipt time between two pages.
     */
    public Page revisedFrom(Instant from, int atMost) {
        Instant rolled = jdbc.sql("SELECT received_through FROM rollup_progress").query(Timestamp.class).single()
                .toInstant();
        if (!from.isBefore(rolled)) {
            return new Page(List.of(), from);
        }
        Timestamp first = jdbc.sql(FIRST).param("from", Timestamp.from(from)).param("rolled", Timestamp.from(rolled))
                .query(Timestamp.class).optional().orElse(null);
        if (first == null) {
            return new Page(List.of(), rolled);
        }
        Instant start = first.toInstant();
        Instant bound = start.plus(WINDOW).isBefore(rolled) ? start.plus(WINDOW) : rolled;
        List<Minute> minutes = jdbc.sql(REVISED).param("from", first)
                .param("bound", Timestamp.from(bound)).param("skip", Math.max(0, atMost - 1))
                .query((rs, n) -> new Minute(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getDouble(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getLong(6), rs.getTimestamp(7).toInstant(),
                        rs.getDouble(8), rs.getTimestamp(9).toInstant()))
                .list();
        boolean cut = minutes.size() >= atMost;
        // timestamptz keeps microseconds: the next page starts just after the last revision sent
        Instant next = cut ? minutes.get(minutes.size() - 1).revisedAt().plusNanos(1_000) : bound;
        return new Page(minutes, next);
    }

    /**
     * Stores minutes forwarded by another platform as they are (each replaces what this platform had for it) and
     * recomputes their 10 minutes and hours. Joins the caller's transaction.
     */
    public void putForwarded(List<Minute> minutes) {
        Set<String> hours = new LinkedHashSet<>();
        Set<String> tens = new LinkedHashSet<>();
        for (Minute m : minutes) {
            jdbc.sql(PUT).param("point", m.pointCode()).param("bucket", Timestamp.from(m.minute()))
                    .param("min", m.min()).param("max", m.max()).param("sum", m.sum()).param("count", m.count())
                    .param("lastTime", Timestamp.from(m.lastTime())).param("lastValue", m.lastValue()).update();
            hours.add(m.pointCode() + " " + m.minute().truncatedTo(java.time.temporal.ChronoUnit.HOURS));
            Instant ten = Instant.ofEpochSecond(Math.floorDiv(m.minute().getEpochSecond(), 600) * 600);
            tens.add(m.pointCode() + " " + ten);
        }
        for (String ten : tens) {
            String[] parts = ten.split(" ");
            jdbc.sql(TEN).param("point", parts[0]).param("start", Timestamp.from(Instant.parse(parts[1]))).update();
        }
        for (String hour : hours) {
            String[] parts = hour.split(" ");
            jdbc.sql(HOUR).param("point", parts[0]).param("start", Timestamp.from(Instant.parse(parts[1]))).update();
        }
    }
}
