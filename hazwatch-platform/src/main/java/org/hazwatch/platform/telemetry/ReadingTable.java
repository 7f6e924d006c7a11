package org.hazwatch.platform.telemetry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * The {@code reading} table's write path: one group of requests per transaction, bulk-loaded through the
 * driver's COPY API into a session-local staging table and moved over with one {@code INSERT … SELECT}.
 * Duplicates inside the group are dropped before the COPY; duplicates of stored readings are found only when the
 * insert stored fewer rows than staged (rare: a gateway re-sending), by going back to a savepoint, deleting them
 * from the staging table (which says whose they were) and inserting again.
 */
final class ReadingTable {

    private static final String STAGING = """
            CREATE TEMP TABLE IF NOT EXISTS reading_staging (
                req int, point_code varchar(24) COLLATE "C", time_us bigint, value float8, quality varchar(9),
                late boolean) ON COMMIT DELETE ROWS""";

    private static final String COPY = "COPY reading_staging FROM STDIN";

    private static final String MOVE = """
            INSERT INTO reading (point_code, time, value, quality, late, received_at)
            SELECT point_code, timestamptz 'epoch' + time_us * interval '1 microsecond', value, quality, late, ?
            FROM reading_staging
            ON CONFLICT DO NOTHING""";

    private static final String DROP_KNOWN = """
            DELETE FROM reading_staging s
            WHERE EXISTS (SELECT 1 FROM reading r
                          WHERE r.point_code = s.point_code
                            AND r.time = timestamptz 'epoch' + s.time_us * interval '1 microsecond')
            RETURNING req, point_code, time_us""";

    private ReadingTable() {
    }

    /** A reading's identity: point and time in microseconds since the epoch (the database's precision). */
    record Key(String pointCode, long timeMicros) {
        static Key of(NewReading reading) {
            return new Key(reading.pointCode(), micros(reading.time()));
        }
    }

    /** Per request of the group: the readings new to the log, and how many it already had. */
    record Written(List<List<NewReading>> storedByRequest, int[] duplicatesByRequest) {
    }

    /** Writes the group in the connection's current transaction; the caller commits. */
    static Written write(Connection connection, List<List<NewReading>> group, Instant receivedAt)
            throws SQLException, IOException {
        List<List<NewReading>> staged = new ArrayList<>(group.size());
        int[] duplicates = new int[group.size()];
        Set<Key> seen = new HashSet<>();
        StringBuilder rows = new StringBuilder(group.stream().mapToInt(List::size).sum() * 64);
        int stagedCount = 0;
        for (int req = 0; req < group.size(); req++) {
            List<NewReading> mine = new ArrayList<>(group.get(req).size());
            staged.add(mine);
            for (NewReading reading : group.get(req)) {
                Key key = Key.of(reading);
                if (!seen.add(key)) {
                    duplicates[req]++;
                    continue;
                }
                mine.add(reading);
                rows.append(req).append('\t').append(reading.pointCode()).append('\t').append(key.timeMicros())
                        .append('\t').append(reading.value()).append('\t').append(reading.quality().name())
                        .append('\t').append(reading.late() ? 't' : 'f').append('\n');
                stagedCount++;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
        }
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(COPY, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        Savepoint beforeMove = connection.setSavepoint();
        if (move(connection, receivedAt) < stagedCount) {
            connection.rollback(beforeMove);
            dropKnown(connection, staged, duplicates);
            move(connection, receivedAt);
        }
        return new Written(staged, duplicates);
    }

    private static int move(Connection connection, Instant receivedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(MOVE)) {
            insert.setTimestamp(1, Timestamp.from(receivedAt));
            return insert.executeUpdate();
        }
    }

    private static void dropKnown(Connection connection, List<List<NewReading>> staged, int[] duplicates)
            throws SQLException {
        Set<Key> known = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(DROP_KNOWN)) {
            while (rows.next()) {
                duplicates[rows.getInt(1)]++;
                known.add(new Key(rows.getString(2), rows.getLong(3)));
            }
        }
        staged.forEach(readings -> readings.removeIf(reading -> known.contains(Key.of(reading))));
    }

    static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }
}
