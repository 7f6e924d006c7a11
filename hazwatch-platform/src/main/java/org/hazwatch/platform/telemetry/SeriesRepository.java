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

    private static final String ROLLUP = """
            SELECT floor(extract(epoch FROM bucket - :from) * 1000 / :width)::bigint AS i,
                   min(min), max(max), sum(sum) / sum(count), sum(count)
            FROM %s
            WHERE point_code = :point AND bucket >= :from AND bucket < :to
            GROUP BY i ORDER BY i""";

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Bucket> buckets(String pointCode, SeriesPlan plan) {
        String sql = switch (plan.source()) {
            case RAW -> RAW;
            case MINUTE -> ROLLUP.formatted("reading_1m");
            case HOUR -> ROLLUP.formatted("reading_1h");
        };
        return jdbc.sql(sql).param("point", pointCode).param("from", Timestamp.from(plan.from()))
                .param("to", Timestamp.from(plan.to())).param("width", plan.bucket().toMillis())
                .query((rs, row) -> new Bucket(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getLong(5)))
                .list();
    }
}
