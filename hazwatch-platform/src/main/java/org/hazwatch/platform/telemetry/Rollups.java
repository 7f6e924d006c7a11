package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 1-minute, 10-minute and 1-hour rollups (汇总) of usable readings: min, max, sum and count (avg = sum / count),
 * and the last value. A periodic job folds what was received since its previous run (found by {@code received_at})
 * into its minutes, then recomputes every (point, 10 minutes) around those minutes from the minutes (at most 10
 * rows each) and every (point, hour) around those from the 10 minutes (at most 6). Folding in is exact, late
 * back-fill included, because each reading is received once; the progress is stored in the same transaction as the
 * rollups, so a restart neither loses nor repeats work and a re-run adds nothing twice.
 */
@Component
class Rollups {

    private static final String PROGRESS = "SELECT received_through FROM rollup_progress FOR UPDATE";

    private static final String DIRTY_TABLE = """
            CREATE TEMP TABLE rollup_dirty (point_code varchar(24) COLLATE "C", bucket timestamptz)
            ON COMMIT DROP""";

    /**
     * What arrived in the window, folded into its minutes. Every reading is received exactly once (the primary key
     * stores a re-send never), so adding its contribution is exact; min, max, sum, count and last all combine.
     */
    private static final String MINUTES = """
            WITH added AS (
                INSERT INTO reading_1m AS m (point_code, bucket, min, max, sum, count, last_time, last_value)
                SELECT point_code, date_trunc('minute', time, 'UTC'), min(value), max(value), sum(value), count(*),
                       max(time), (array_agg(value ORDER BY time DESC))[1]
                FROM reading
                WHERE received_at >= :from AND received_at < :through AND quality IN ('GOOD', 'UNCERTAIN')
                GROUP BY 1, 2
                ON CONFLICT (point_code, bucket) DO UPDATE SET min = least(m.min, excluded.min),
                    max = greatest(m.max, excluded.max), sum = m.sum + excluded.sum, count = m.count + excluded.count,
                    last_time = greatest(m.last_time, excluded.last_time),
                    last_value = CASE WHEN excluded.last_time > m.last_time THEN excluded.last_value
                                      ELSE m.last_value END
                RETURNING point_code, bucket)
            INSERT INTO rollup_dirty SELECT DISTINCT point_code, %s FROM added""".formatted(tenMinutesOf("bucket"));

    /** The 10 minutes around the minutes just revised, recomputed from their minutes. */
    private static final String TEN_MINUTES = """
            INSERT INTO reading_10m (point_code, bucket, min, max, sum, count, last_time, last_value)
            SELECT m.point_code, d.bucket, min(m.min), max(m.max), sum(m.sum), sum(m.count), max(m.last_time),
                   (array_agg(m.last_value ORDER BY m.last_time DESC))[1]
            FROM rollup_dirty d
            JOIN reading_1m m ON m.point_code = d.point_code
                             AND m.bucket >= d.bucket AND m.bucket < d.bucket + interval '10 minutes'
            GROUP BY m.point_code, d.bucket
            ON CONFLICT (point_code, bucket) DO UPDATE SET min = excluded.min, max = excluded.max,
                sum = excluded.sum, count = excluded.count, last_time = excluded.last_time,
                last_value = excluded.last_value""";

    /** The hours around the 10 minutes just revised, recomputed from their 10 minutes. */
    private static final String HOURS = """
            INSERT INTO reading_1h (point_code, bucket, min, max, sum, count, last_time, last_value)
            SELECT t.point_code, h.bucket, min(t.min), max(t.max), sum(t.sum), sum(t.count), max(t.last_time),
                   (array_agg(t.last_value ORDER BY t.last_time DESC))[1]
            FROM (SELECT DISTINCT point_code, date_trunc('hour', bucket, 'UTC') AS bucket FROM rollup_dirty) h
            JOIN reading_10m t ON t.point_code = h.point_code
                              AND t.bucket >= h.bucket AND t.bucket < h.bucket + interval '1 hour'
            GROUP BY t.point_code, h.bucket
            ON CONFLICT (point_code, bucket) DO UPDATE SET min = excluded.min, max = excluded.max,
                sum = excluded.sum, count = excluded.count, last_time = excluded.last_time,
                last_value = excluded.last_value""";

    /** The start of the 10 minutes (UTC) a time falls in. */
    static String tenMinutesOf(String column) {
        return "date_bin('10 minutes', " + column + ", TIMESTAMPTZ '1970-01-01 00:00:00+00')";
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ReadingWriter writer;
    private final TelemetrySettings settings;
    private final Clock clock;
    private final RolledUpRows rolledUp;
    /** What the last rollup reached; the start until one has run. */
    private volatile Instant rolledThrough;

    Rollups(JdbcClient jdbc, TransactionTemplate transactions, ReadingWriter writer, TelemetrySettings settings,
            Clock clock, RolledUpRows rolledUp) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
        this.rolledUp = rolledUp;
        this.rolledThrough = clock.instant();
    }

    /** How far the rollups are behind the clock: up to the rollup interval when they keep up. */
    Duration lag() {
        Duration behind = Duration.between(rolledThrough, clock.instant());
        return behind.isNegative() ? Duration.ZERO : behind;
    }

    /** Rolls up everything committed so far; returns the number of (point, 10 minutes) buckets recomputed. */
    @Scheduled(fixedDelayString = "${hazwatch.telemetry.rollup-interval:30s}")
    int rollUp() {
        Instant[] reached = new Instant[1];
        Integer buckets = transactions.execute(status -> {
            Timestamp from = jdbc.sql(PROGRESS).query(Timestamp.class).single();
            Instant through = writer.committedThrough();
            jdbc.sql(DIRTY_TABLE).update();
            int tenMinutes = jdbc.sql(MINUTES).param("from", from).param("through", Timestamp.from(through)).update();
            if (tenMinutes > 0) {
                jdbc.sql("ANALYZE rollup_dirty").update();
                jdbc.sql(TEN_MINUTES).update();
                jdbc.sql(HOURS).update();
            }
            jdbc.sql("UPDATE rollup_progress SET received_through = :through")
                    .param("through", Timestamp.from(through)).update();
            reached[0] = through;
            return tenMinutes;
        });
        rolledThrough = reached[0];
        return buckets;
    }

    /** Retention of the 1-minute and 10-minute rollups; hour rollups are small and kept. */
    @Scheduled(cron = "0 15 0 * * *", zone = "UTC")
    void dropOldMinutes() {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM reading_1m WHERE bucket < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(settings.minuteRollupRetention()))).update();
        jdbc.sql("DELETE FROM reading_10m WHERE bucket < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(settings.tenMinuteRollupRetention()))).update();
        // rows gone without a rollup run: the kept rows of a series no longer stand at the mark they were read at
        rolledUp.clear();
    }
}
