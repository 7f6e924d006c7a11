package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hazwatch.platform.telemetry.rules.SeriesPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads series buckets from the raw log or a rollup table, as the plan says. Only usable readings count. */
@Repository
class SeriesRepository {

    /** One bucket of a series; {@code index} counts buckets from the plan's start. */
    record Bucket(long index, double min, double max, double avg, long count) {
    }

    private static final String RAW = """
            SELECT floor(extract(epoch FROM time - :from) * 1000 / :width)::bigint AS i,
                   min(value), max(value), avg(value), count(*)
            FROM reading
            WHERE point_code = :point AND time >= :from AND time < :to AND quality IN ('GOOD', 'UNCERTAIN')
            GROUP BY i ORDER BY i""";

    /**
     * The readings a rollup series reads raw: from the plan's {@link SeriesPlan#wholeStepsEnd()} ({@code :edge}) to
     * the end of the span (so a span ending inside a step ends exactly, not with the step's whole row), and the tail
     * the rollups have not reached yet: the usable readings before that edge received since the last rollup
     * ({@code %1$s}: {@code rollup_progress.received_through} of the same statement, so a reading is in the rows
     * or here, never both). Issue 17: without the tail a trend missed up to a rollup interval at its end. The tail
     * looks back {@link #TAIL_LOOK_BACK} in reading time, so an old reading re-sent late (补传) shows from the next
     * rollup on. {@code :since} narrows the tail to the day partitions it can lie in (t-read): the look-back from
     * the mark the caller expects; it narrows nothing when the mark is that one or later.
     */
    private static final String RAW_PARTS = """
            SELECT floor(extract(epoch FROM time - :from) * 1000 / :width)::bigint AS i, value
            FROM reading
            WHERE point_code = :point AND time >= :edge AND time < :to AND quality IN ('GOOD', 'UNCERTAIN')
            UNION ALL
            SELECT floor(extract(epoch FROM time - :from) * 1000 / :width)::bigint, value
            FROM reading
            WHERE point_code = :point AND time >= :from AND time < :edge AND time >= :since
              AND time >= %1$s - CAST(:lookBack AS interval)
              AND received_at >= %1$s
              AND quality IN ('GOOD', 'UNCERTAIN')""";

    /** The rollup's whole rows before the edge and the raw parts, in one statement (forwarded points' series). */
    private static final String ROLLUP = """
            SELECT i, min(lo), max(hi), sum(total) / sum(n), sum(n)
            FROM (
                SELECT floor(extract(epoch FROM bucket - :from) * 1000 / :width)::bigint AS i,
                       min AS lo, max AS hi, sum AS total, count::bigint AS n
                FROM %%s
                WHERE point_code = :point AND bucket >= :from AND bucket < :edge
                UNION ALL
                SELECT i, value, value, value, 1 FROM (%s) raw
            ) parts
            GROUP BY i ORDER BY i""".formatted(RAW_PARTS.formatted("(SELECT received_through FROM rollup_progress)"));

    /** The rollup's whole rows before the edge, in bucket order, with the mark they stand at (one row if none). */
    private static final String ROWS = """
            SELECT p.received_through, r.bucket, r.min, r.max, r.sum, r.count
            FROM rollup_progress p
            LEFT JOIN %s r ON r.point_code = :point AND r.bucket >= :from AND r.bucket < :edge
            ORDER BY r.bucket""";

    /** The raw parts by bucket, with the mark of the statement's snapshot (one row if there are none). */
    private static final String TAIL = """
            SELECT p.received_through, t.i, t.lo, t.hi, t.total, t.n
            FROM rollup_progress p
            LEFT JOIN LATERAL (
                SELECT i, min(value) AS lo, max(value) AS hi, sum(value) AS total, count(*) AS n
                FROM (%s) raw
                GROUP BY i
            ) t ON true
            ORDER BY t.i""".formatted(RAW_PARTS.formatted("p.received_through"));

    /** How far back in reading time the tail looks: readings arrive within seconds of their time. */
    static final String TAIL_LOOK_BACK = "1 hour";
    private static final Duration LOOK_BACK = Duration.ofHours(1);

    /** Min, max, sum and count of one bucket of the raw parts (or of one rollup row, {@code index} its start). */
    private record Part(long index, double min, double max, double total, long count) {
    }

    private record Tail(Instant receivedThrough, List<Part> buckets) {
    }

    private final JdbcClient jdbc;
    private final RolledUpRows rolledUp;

    SeriesRepository(JdbcClient jdbc, RolledUpRows rolledUp) {
        this.jdbc = jdbc;
        this.rolledUp = rolledUp;
    }

    /**
     * @param keepRows whether the rollup rows may be kept for the next reader ({@link RolledUpRows}); not for a
     *                 point whose minutes another platform forwards (they change without a rollup run)
     */
    List<Bucket> buckets(String pointCode, SeriesPlan plan, boolean keepRows) {
        if (plan.source() == SeriesPlan.Source.RAW) {
            return raw(pointCode, plan);
        }
        if (!keepRows) {
            return inOneStatement(pointCode, plan);
        }
        RolledUpRows.Key key = RolledUpRows.Key.of(pointCode, plan);
        RolledUpRows.Rows kept = rolledUp.kept(key).orElse(null);
        if (kept != null) {
            Tail tail = tail(pointCode, plan, kept.receivedThrough());
            if (tail.receivedThrough().equals(kept.receivedThrough())) {
                return combined(plan, kept, tail);
            }
        }
        RolledUpRows.Rows read = rows(pointCode, plan);
        Tail tail = tail(pointCode, plan, read.receivedThrough());
        if (!tail.receivedThrough().equals(read.receivedThrough())) {
            // a rollup committed between the two statements: the rows may lack what it folded in
            return inOneStatement(pointCode, plan);
        }
        rolledUp.keep(key, read);
        return combined(plan, read, tail);
    }

    private List<Bucket> raw(String pointCode, SeriesPlan plan) {
        return jdbc.sql(RAW).param("point", pointCode).param("from", Timestamp.from(plan.from()))
                .param("to", Timestamp.from(plan.to())).param("width", plan.bucket().toMillis())
                .query((rs, row) -> new Bucket(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getLong(5)))
                .list();
    }

    List<Bucket> inOneStatement(String pointCode, SeriesPlan plan) {
        return spanned(jdbc.sql(ROLLUP.formatted(table(plan))), pointCode, plan, plan.from())
                .query((rs, row) -> new Bucket(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getLong(5)))
                .list();
    }

    private RolledUpRows.Rows rows(String pointCode, SeriesPlan plan) {
        Instant[] mark = new Instant[1];
        List<Part> read = new ArrayList<>();
        jdbc.sql(ROWS.formatted(table(plan))).param("point", pointCode).param("from", Timestamp.from(plan.from()))
                .param("edge", Timestamp.from(plan.wholeStepsEnd()))
                .query(rs -> {
                    mark[0] = rs.getTimestamp(1).toInstant();
                    Timestamp bucket = rs.getTimestamp(2);
                    if (bucket != null) {
                        read.add(new Part(bucket.getTime(), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                                rs.getLong(6)));
                    }
                });
        int n = read.size();
        long[] buckets = new long[n];
        double[] min = new double[n];
        double[] max = new double[n];
        double[] sum = new double[n];
        long[] count = new long[n];
        for (int k = 0; k < n; k++) {
            Part row = read.get(k);
            buckets[k] = row.index();
            min[k] = row.min();
            max[k] = row.max();
            sum[k] = row.total();
            count[k] = row.count();
        }
        return new RolledUpRows.Rows(mark[0], buckets, min, max, sum, count);
    }

    private Tail tail(String pointCode, SeriesPlan plan, Instant expectedMark) {
        Instant[] mark = new Instant[1];
        List<Part> buckets = new ArrayList<>();
        spanned(jdbc.sql(TAIL), pointCode, plan, expectedMark.minus(LOOK_BACK)).query(rs -> {
            mark[0] = rs.getTimestamp(1).toInstant();
            if (rs.getObject(2) != null) {
                buckets.add(new Part(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getLong(6)));
            }
        });
        return new Tail(mark[0], buckets);
    }

    private static JdbcClient.StatementSpec spanned(JdbcClient.StatementSpec statement, String pointCode,
                                                    SeriesPlan plan, Instant since) {
        return statement.param("point", pointCode).param("from", Timestamp.from(plan.from()))
                .param("to", Timestamp.from(plan.to())).param("width", plan.bucket().toMillis())
                .param("edge", Timestamp.from(plan.wholeStepsEnd())).param("lookBack", TAIL_LOOK_BACK)
                .param("since", Timestamp.from(since));
    }

    /**
     * The buckets of the rows and the tail, as {@link #ROLLUP} groups them: rows in bucket order, then the tail's
     * readings (whose sum comes grouped, so a bucket holding both may differ from the one statement's sum in the
     * last place).
     */
    private static List<Bucket> combined(SeriesPlan plan, RolledUpRows.Rows rows, Tail tail) {
        long from = plan.from().toEpochMilli();
        long width = plan.bucket().toMillis();
        Map<Long, double[]> byIndex = new TreeMap<>();
        for (int k = 0; k < rows.size(); k++) {
            add(byIndex, Math.floorDiv(rows.bucketMillis()[k] - from, width), rows.min()[k], rows.max()[k],
                    rows.sum()[k], rows.count()[k]);
        }
        for (Part t : tail.buckets()) {
            add(byIndex, t.index(), t.min(), t.max(), t.total(), t.count());
        }
        List<Bucket> buckets = new ArrayList<>(byIndex.size());
        byIndex.forEach((i, a) -> buckets.add(new Bucket(i, a[0], a[1], a[2] / a[3], (long) a[3])));
        return buckets;
    }

    /** Folds a part into its bucket: min, max, sum, count. */
    private static void add(Map<Long, double[]> byIndex, long index, double min, double max, double sum, long n) {
        double[] a = byIndex.get(index);
        if (a == null) {
            byIndex.put(index, new double[] {min, max, sum, n});
            return;
        }
        a[0] = Math.min(a[0], min);
        a[1] = Math.max(a[1], max);
        a[2] += sum;
        a[3] += n;
    }

    private static String table(SeriesPlan plan) {
        return switch (plan.source()) {
            case RAW -> throw new IllegalArgumentException("raw readings have no rollup table");
            case MINUTE -> "reading_1m";
            case TEN_MINUTE -> "reading_10m";
            case HOUR -> "reading_1h";
        };
    }
}
