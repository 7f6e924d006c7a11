package org.hazwatch.platform.telemetry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored readings of some points over a stretch of time (历史数据), streamed: for replaying a month of a 1 Hz
 * point (2.6 million readings) through the alarm rules without holding them all. Not scoped: callers check the
 * actor.
 */
@Component
public class ReadingHistory {

    /** Rows fetched per round trip; the driver streams through a cursor only inside a transaction. */
    static final int FETCH = 20_000;

    private static final String OF_POINTS = """
            SELECT point_code, time, value, quality, late FROM reading
            WHERE point_code IN (:points) AND time >= :from AND time <= :to ORDER BY point_code, time""";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    ReadingHistory(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Hands every stored reading of the points with a time in {@code [from, to]} to {@code reading}, point by point,
     * each point's in time order. Returns how many there were.
     */
    public long each(Collection<String> pointCodes, Instant from, Instant to, Consumer<NewReading> reading) {
        if (pointCodes.isEmpty()) {
            return 0;
        }
        long[] count = {0};
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("points", List.copyOf(pointCodes))
                .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        readOnly.executeWithoutResult(status -> jdbc.query(OF_POINTS, params, rs -> {
            reading.accept(new NewReading(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getDouble(3),
                    ReadingQuality.valueOf(rs.getString(4)), rs.getBoolean(5)));
            count[0]++;
        }));
        return count[0];
    }
}
