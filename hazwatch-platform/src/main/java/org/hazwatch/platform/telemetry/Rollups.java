package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 1-minute and 1-hour rollups (汇总) of usable readings: min, max, sum and count (avg = sum / count), and the
 * last value. A periodic job recomputes, from the raw log, every (point, minute) that received anything since its
 * previous run (found by {@code received_at}), then every (point, hour) around those minutes from the minutes.
 * Recomputing instead of adding keeps late back-fill exact and makes a re-run harmless; its progress is stored in
 * the same transaction, so a restart neither loses nor repeats work.
 */
@Component
class Rollups {

    private static final String PROGRESS = "SELECT received_through FROM rollup_progress FOR UPDATE";

    private static final String DIRTY_TABLE = """
            CREATE TEMP TABLE rollup_dirty (point_code varchar(24) COLLATE "C", bucket timestamptz)
            ON COMMIT DROP""";

    private static final String DIRTY = """
            INSERT INTO rollup_dirty
            SELECT DISTINCT point_code, date_trunc('minute', time, 'UTC') AS bucket
            FROM reading WHERE received_at >= :from AND received_at < :through""";

    private static final String MINUTES = """
            INSERT INTO reading_1m (point_code, bucket, min, max, sum, count, last_time, last_value)
            SELECT r.point_code, d.bucket, min(r.value), max(r.value), sum(r.value), count(*), max(r.time),
                   (array_agg(r.value ORDER BY r.time DESC))[1]
            FROM rollup_dirty d
            JOIN reading r ON r.point_code = d.point_code
                          AND r.time >= d.bucket AND r.time < d.bucket + interval '1 minute'
            WHERE r.quality IN ('GOOD', 'UNCERTAIN')
            GROUP BY r.point_code, d.bucket
            ON CONFLICT (point_code, bucket) DO UPDATE SET min = excluded.min, max = excluded.max,
                sum = excluded.sum, count = excluded.count, last_time = excluded.last_time,
                last_value = excluded.last_value""";

    private static final String HOURS = """
            INSERT INTO reading_1h (point_code, bucket, min, max, sum, count, last_time, last_value)
            SELECT m.point_code, h.bucket, min(m.min), max(m.max), sum(m.sum), sum(m.count), max(m.last_time),
                   (array_agg(m.last_value ORDER BY m.last_time DESC))[1]
            FROM (SELECT DISTINCT point_code, date_trunc('hour', bucket, 'UTC') AS bucket FROM rollup_dirty) h
            JOIN reading_1m m ON m.point_code = h.point_code
                             AND m.bucket >= h.bucket AND m.bucket < h.bucket + interval '1 hour'
            GROUP BY m.point_code, h.bucket
            ON CONFLICT (point_code, bucket) DO UPDATE SET min = excluded.min, max = excluded.max,
                sum = excluded.sum, count = excluded.count, last_time = excluded.last_time,
                last_value = excluded.last_value""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ReadingWriter writer;
    private final TelemetrySettings settings;
    private final Clock clock;

    Rollups(JdbcClient jdbc, TransactionTemplate transactions, ReadingWriter writer, TelemetrySettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Rolls up everything committed so far; returns the number of (point, minute) buckets recomputed. */
    @Scheduled(fixedDelayString = "${hazwatch.telemetry.rollup-interval:30s}")
    int rollUp() {
        return transactions.execute(status -> {
            Timestamp from = jdbc.sql(PROGRESS).query(Timestamp.class).single();
            Instant through = writer.committedThrough();
            jdbc.sql(DIRTY_TABLE).update();
            int minutes = jdbc.sql(DIRTY).param("from", from).param("through", Timestamp.from(through)).update();
            if (minutes > 0) {
                jdbc.sql("ANALYZE rollup_dirty").update();
                jdbc.sql(MINUTES).update();
                jdbc.sql(HOURS).update();
            }
            jdbc.sql("UPDATE rollup_progress SET received_through = :through")
                    .param("through", Timestamp.from(through)).update();
            return minutes;
        });
    }

    /** Retention of the 1-minute rollups; hour rollups are small and kept. */
    @Scheduled(cron = "0 15 0 * * *", zone = "UTC")
    void dropOldMinutes() {
        jdbc.sql("DELETE FROM reading_1m WHERE bucket < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(settings.minuteRollupRetention()))).update();
    }
}
