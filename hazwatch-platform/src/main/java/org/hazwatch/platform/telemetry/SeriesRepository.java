package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.util.List;
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
     * The rollup's whole rows before the plan's {@link SeriesPlan#wholeStepsEnd()}, the readings from there to the
     * end of the span read raw (so a span ending inside a step ends exactly, not with the step's whole row), and the
     * tail the rollups have not reached yet: the usable readings before that edge received since the last rollup
     * ({@code rollup_progress}, read in the same statement, so a reading is in one part or the other, never both).
     * Issue 17: without the tail a trend missed up to a rollup interval at its end. The tail looks back
     * {@link #TAIL_LOOK_BACK} in reading time, so an old reading re-sent late (补传) shows from the next rollup on.
     */
    private static final String ROLLUP = """
            SELECT i, min(lo), max(hi), sum(total) / sum(n), sum(n)
            FROM (
                SELECT floor(extract(epoch FROM bucket - :from) * 1000 / :width)::bigint AS i,
                       min AS lo, max AS hi, sum AS total, count::bigint AS n
                FROM %s
                WHERE point_code = :point AND bucket >= :from AND bucket < :edge
                UNION ALL
                SELECT floor(extract(epoch FROM time - :from) * 1000 / :width)::bigint, value, value, value, 1
                FROM reading
                WHERE point_code = :point AND time >= :edge AND time < :to AND quality IN ('GOOD', 'UNCERTAIN')
                UNION ALL
                SELECT floor(extract(epoch FROM time - :from) * 1000 / :width)::bigint, value, value, value, 1
                FROM reading
                WHERE point_code = :point AND time >= :from AND time < :edge
                  AND time >= (SELECT received_through FROM rollup_progress) - CAST(:lookBack AS interval)
                  AND received_at >= (SELECT received_through FROM rollup_progress)
                  AND quality IN ('GOOD', 'UNCERTAIN')
            ) parts
            GROUP BY i ORDER BY i""";

    /** How far back in reading time the tail looks: readings arrive within seconds of their time. */
    static final String TAIL_LOOK_BACK = "1 hour";

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Bucket> buckets(String pointCode, SeriesPlan plan) {
        String sql = switch (plan.source()) {
            case RAW -> RAW;
            case MINUTE -> ROLLUP.formatted("reading_1m");
            case TEN_MINUTE -> ROLLUP.formatted("reading_10m");
            case HOUR -> ROLLUP.formatted("reading_1h");
        };
        var query = jdbc.sql(sql);
        if (plan.source() != SeriesPlan.Source.RAW) {
            query = query.param("lookBack", TAIL_LOOK_BACK).param("edge", Timestamp.from(plan.wholeStepsEnd()));
        }
        return query.param("point", pointCode).param("from", Timestamp.from(plan.from()))
                .param("to", Timestamp.from(plan.to())).param("width", plan.bucket().toMillis())
                .query((rs, row) -> new Bucket(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getLong(5)))
                .list();
    }
}
