package org.hazwatch.platform.telemetry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The write groups of the reading log as they were committed, read back from the log: for a feature that follows
 * {@link ReadingsCommitted} and must catch up after a restart (the alarm engine). Every group has its own
 * {@code receivedAt}, so the groups come back exactly, in the order they were committed.
 */
@Component
public class CommittedReadings {

    private static final String AFTER = """
            SELECT point_code, time, value, quality, late, received_at FROM reading
            WHERE received_at > :after ORDER BY received_at, time""";

    private static final String OF_POINTS = """
            SELECT point_code, time, value, quality, late FROM reading
            WHERE point_code IN (:points) AND time >= :from ORDER BY point_code, time""";

    private static final String SPARSE_AFTER = """
            SELECT DISTINCT ON (point_code, slot) point_code, time, value, quality, late
            FROM (SELECT point_code, time, value, quality, late, floor(extract(epoch FROM time) / :seconds) AS slot
                  FROM reading WHERE time > :after AND quality IN (:usable)) usable
            ORDER BY point_code, slot, time""";
    private static final String FIRST_AFTER = """
            SELECT point_code, time, value, quality, late, received_at FROM reading
            WHERE received_at > :after ORDER BY received_at, time LIMIT :limit""";

    private static final String GROUP = """
            SELECT point_code, time, value, quality, late, received_at FROM reading
            WHERE received_at = :at ORDER BY time""";

    /** The qualities {@link ReadingQuality#usable()} admits, as the query names them. */
    private static final List<String> USABLE = Arrays.stream(ReadingQuality.values()).filter(ReadingQuality::usable)
            .map(Enum::name).toList();

    private final JdbcClient jdbc;

    CommittedReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands each group committed after {@code receivedAfter} to {@code group}, oldest first. */
    public void replayAfter(Instant receivedAfter, Consumer<ReadingsCommitted> group) {
        List<NewReading> current = new ArrayList<>();
        Instant[] currentAt = {null};
        jdbc.sql(AFTER).param("after", Timestamp.from(receivedAfter)).query((ResultSet rs) -> {
            Instant receivedAt = rs.getTimestamp("received_at").toInstant();
            if (currentAt[0] != null && !receivedAt.equals(currentAt[0])) {
                group.accept(new ReadingsCommitted(currentAt[0], List.copyOf(current)));
                current.clear();
            }
            currentAt[0] = receivedAt;
            current.add(reading(rs));
        });
        if (currentAt[0] != null) {
            group.accept(new ReadingsCommitted(currentAt[0], List.copyOf(current)));
        }
    }

    /**
     * The first groups committed after {@code receivedAfter}, whole and oldest first, about {@code atMost} readings
     * in all (one group alone may hold more): for the cascade's sender (SPEC §12), which follows the log in pages.
     */
    public List<ReadingsCommitted> groupsAfter(Instant receivedAfter, int atMost) {
        List<Row> rows = jdbc.sql(FIRST_AFTER).param("after", Timestamp.from(receivedAfter))
                .param("limit", atMost + 1).query((rs, n) -> row(rs)).list();
        if (rows.size() > atMost) {
            // the last group may go on beyond the page: leave it for the next page, unless it is the only one
            Instant last = rows.get(rows.size() - 1).receivedAt();
            List<Row> whole = rows.stream().filter(r -> !r.receivedAt().equals(last)).toList();
            rows = !whole.isEmpty() ? whole : jdbc.sql(GROUP).param("at", Timestamp.from(last))
                    .query((rs, n) -> row(rs)).list();
        }
        List<ReadingsCommitted> groups = new ArrayList<>();
        List<NewReading> current = new ArrayList<>();
        Instant currentAt = null;
        for (Row r : rows) {
            if (currentAt != null && !r.receivedAt().equals(currentAt)) {
                groups.add(new ReadingsCommitted(currentAt, List.copyOf(current)));
                current.clear();
            }
            currentAt = r.receivedAt();
            current.add(r.reading());
        }
        if (currentAt != null) {
            groups.add(new ReadingsCommitted(currentAt, List.copyOf(current)));
        }
        return groups;
    }

    private record Row(NewReading reading, Instant receivedAt) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(reading(rs), rs.getTimestamp("received_at").toInstant());
    }

    /**
     * The stored readings of some points from a time on, in each point's time order: for the alarm engine to
     * evaluate back-fill (补传) from the state before it.
     */
    public List<NewReading> ofPoints(Collection<String> pointCodes, Instant from) {
        if (pointCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OF_POINTS).param("points", List.copyOf(pointCodes)).param("from", Timestamp.from(from))
                .query((rs, n) -> reading(rs)).list();
    }

    /**
     * The first usable reading of every point in every {@code every} of reading time after {@code after}, in each
     * point's time order: to refill a sparse window (the warning feature's 2-hour trend keeps one sample in 2
     * minutes) after a restart without shipping every reading of the hours.
     */
    public void sparseAfter(Instant after, Duration every, Consumer<NewReading> each) {
        jdbc.sql(SPARSE_AFTER).param("after", Timestamp.from(after)).param("usable", USABLE)
                .param("seconds", Math.max(1, every.toSeconds()))
                .query((ResultSet rs) -> each.accept(reading(rs)));
    }

    private static NewReading reading(ResultSet rs) throws SQLException {
        return new NewReading(rs.getString("point_code"), rs.getTimestamp("time").toInstant(), rs.getDouble("value"),
                ReadingQuality.valueOf(rs.getString("quality")), rs.getBoolean("late"));
    }
}
