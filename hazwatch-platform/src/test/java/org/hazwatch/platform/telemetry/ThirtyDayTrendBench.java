package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.rules.SeriesPlan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 30-day trend of a 1 Hz point at 1,000 buckets (issue 17), before and after the 10-minute rollups, on 30 days
 * back-filled into the test database: rows read and the time of repeated calls, the two plans alternating so both
 * see the same machine. "Before" is the plan the series had before: 44-minute buckets from {@code reading_1m}.
 * Then (t-read) the 10-minute plan read in one statement, as p-trend left it, against the same plan with the rollup
 * rows kept between calls ({@link RolledUpRows}: only the fresh tail read), again alternating. A measurement, not a
 * timed assertion; it checks the series agree. Runs only with {@code -Dhazwatch.bench.trend=true}.
 */
@PlatformTest
class ThirtyDayTrendBench {

    static final int CALLS = 60;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Rollups rollups;
    @Autowired
    SeriesRepository series;

    @Test
    void aThirtyDayTrendOfA1HzPointAt1000Buckets() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("hazwatch.bench.trend"),
                "a measurement: run with -Dhazwatch.bench.trend=true");
        String point = InMemoryPointDirectory.newPointCode(InMemoryPointDirectory.newEnterpriseCode());
        rollups.rollUp();
        Instant to = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        Instant from = to.minus(Duration.ofDays(30));
        long started = System.nanoTime();
        backFill(point, from, to);
        System.out.printf("back-fill: 30 days at 1 Hz with rollups in %.1f s%n", (System.nanoTime() - started) / 1e9);

        SeriesPlan after = SeriesPlan.of(from, to, 1000);
        assertThat(after.source()).isEqualTo(SeriesPlan.Source.TEN_MINUTE);
        SeriesPlan before = new SeriesPlan(SeriesPlan.Source.MINUTE, from.truncatedTo(ChronoUnit.MINUTES), to,
                Duration.ofMinutes(44));
        long[] beforeNanos = new long[CALLS];
        long[] afterNanos = new long[CALLS];
        List<SeriesRepository.Bucket> beforeBuckets = List.of();
        List<SeriesRepository.Bucket> afterBuckets = List.of();
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            beforeBuckets = series.inOneStatement(point, before);
            long t1 = System.nanoTime();
            afterBuckets = series.inOneStatement(point, after);
            afterNanos[i] = System.nanoTime() - t1;
            beforeNanos[i] = t1 - t0;
        }
        assertThat(afterBuckets.stream().mapToLong(SeriesRepository.Bucket::count).sum())
                .isEqualTo(beforeBuckets.stream().mapToLong(SeriesRepository.Bucket::count).sum())
                .isEqualTo(Duration.between(from, to).toSeconds());
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        report("before", before, "reading_1m", point, beforeBuckets.size(), beforeNanos, load);
        report("after", after, "reading_10m", point, afterBuckets.size(), afterNanos, load);

        long[] keptNanos = new long[CALLS];
        List<SeriesRepository.Bucket> keptBuckets = List.of();
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            afterBuckets = series.inOneStatement(point, after);
            long t1 = System.nanoTime();
            keptBuckets = series.buckets(point, after, true);
            keptNanos[i] = System.nanoTime() - t1;
            afterNanos[i] = t1 - t0;
        }
        assertThat(keptBuckets).hasSameSizeAs(afterBuckets);
        assertThat(keptBuckets.stream().mapToLong(SeriesRepository.Bucket::count).sum())
                .isEqualTo(Duration.between(from, to).toSeconds());
        load = Files.readString(Path.of("/proc/loadavg")).trim();
        report("one-statement", after, "reading_10m", point, afterBuckets.size(), afterNanos, load);
        report("rows-kept", after, "reading_10m", point, keptBuckets.size(), keptNanos, load);
    }

    private void report(String name, SeriesPlan plan, String table, String point, int buckets, long[] nanos,
                        String load) {
        long rows = jdbc.sql("SELECT count(*) FROM " + table + " WHERE point_code = ? AND bucket >= ? AND bucket < ?")
                .params(point, Timestamp.from(plan.from()), Timestamp.from(plan.wholeStepsEnd()))
                .query(Long.class).single();
        long raw = Duration.between(plan.wholeStepsEnd(), plan.to()).toSeconds();
        long[] sorted = Arrays.stream(nanos).sorted().toArray();
        System.out.printf("TREND30D %s source=%s bucket_min=%d buckets=%d rollup_rows=%d raw_rows=%d calls=%d "
                        + "p50_ms=%.1f p95_ms=%.1f loadavg=%s%n", name, plan.source(), plan.bucket().toMinutes(),
                buckets, rows, raw, nanos.length, sorted[nanos.length / 2] / 1e6,
                sorted[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6, load);
    }

    /** 1 Hz readings received when measured (so the rollup job leaves them), and their rollups as the job makes. */
    private void backFill(String point, Instant from, Instant to) {
        for (LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate(); !day.atStartOfDay(ZoneOffset.UTC).toInstant()
                .isAfter(to); day = day.plusDays(1)) {
            jdbc.sql("CREATE TABLE IF NOT EXISTS reading_p%s PARTITION OF reading FOR VALUES FROM ('%s') TO ('%s')"
                    .formatted(day.toString().replace("-", ""), day.atStartOfDay(ZoneOffset.UTC),
                            day.plusDays(1).atStartOfDay(ZoneOffset.UTC))).update();
        }
        jdbc.sql("""
                INSERT INTO reading (point_code, time, value, quality, late, received_at)
                SELECT :point, t, 50 + 25 * sin(extract(epoch FROM t) / 3438), 'GOOD', false, t
                FROM generate_series(CAST(:from AS timestamptz), CAST(:to AS timestamptz) - interval '1 second',
                                     interval '1 second') t""")
                .param("point", point).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).update();
        jdbc.sql("""
                INSERT INTO reading_1m (point_code, bucket, min, max, sum, count, last_time, last_value)
                SELECT point_code, date_trunc('minute', time, 'UTC'), min(value), max(value), sum(value), count(*),
                       max(time), (array_agg(value ORDER BY time DESC))[1]
                FROM reading WHERE point_code = :point GROUP BY 1, 2""").param("point", point).update();
        jdbc.sql("""
                INSERT INTO reading_10m (point_code, bucket, min, max, sum, count, last_time, last_value)
                SELECT point_code, %s, min(min), max(max), sum(sum), sum(count), max(last_time),
                       (array_agg(last_value ORDER BY last_time DESC))[1]
                FROM reading_1m WHERE point_code = :point GROUP BY 1, 2""".formatted(Rollups.tenMinutesOf("bucket")))
                .param("point", point).update();
        jdbc.sql("ANALYZE reading_1m").update();
        jdbc.sql("ANALYZE reading_10m").update();
    }
}
