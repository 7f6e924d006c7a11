package org.hazwatch.platform.telemetry;

import java.io.IOException;
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

/**
 * The {@code reading} table's write path: one group of requests per transaction, bulk-loaded through the
 * driver's binary COPY API. Duplicates inside the group are dropped before the COPY. The common case — nothing of
 * the group is stored yet — is one COPY straight into {@code reading}. A re-sent reading makes that COPY fail on
 * the primary key; then the transaction starts over on the careful path: COPY into a session-local staging table,
 * {@code INSERT … SELECT … ON CONFLICT DO NOTHING}, and, when that stored fewer rows than staged, back to a
 * savepoint to delete the stored ones from the staging table (which says whose they were) and insert again.
 */
final class ReadingTable {

    private static final String UNIQUE_VIOLATION = "23505";

    private static final String COPY = """
            COPY reading (point_code, time, value, quality, late, received_at) FROM STDIN (FORMAT binary)""";

    private static final String STAGING = """
            CREATE TEMP TABLE IF NOT EXISTS reading_staging (
                req int, point_code varchar(24) COLLATE "C", time timestamptz, value float8, quality varchar(9),
                late boolean) ON COMMIT DELETE ROWS""";

    private static final String COPY_STAGING = """
            COPY reading_staging (req, point_code, time, value, quality, late) FROM STDIN (FORMAT binary)""";

    private static final String MOVE = """
            INSERT INTO reading (point_code, time, value, quality, late, received_at)
            SELECT point_code, time, value, quality, late, ?
            FROM reading_staging
            ON CONFLICT DO NOTHING""";

    private static final String DROP_KNOWN = """
            DELETE FROM reading_staging s
            WHERE EXISTS (SELECT 1 FROM reading r WHERE r.point_code = s.point_code AND r.time = s.time)
            RETURNING req, point_code, s.time""";

    private final BinaryCopy rows = new BinaryCopy();
    private boolean conflictedLast;

    /** A reading's identity: point and time in microseconds since the epoch (the database's precision). */
    record Key(String pointCode, long timeMicros) {
        static Key of(NewReading reading) {
            return new Key(reading.pointCode(), micros(reading.time()));
        }
    }

    /** Per request of the group: the readings new to the log, and how many it already had. */
    record Written(List<List<NewReading>> storedByRequest, int[] duplicatesByRequest) {
    }

    /**
     * Writes the group in the connection's transaction (auto-commit off) and leaves it to the caller to commit.
     * Straight COPY unless the previous group met stored readings: re-sends come in runs (a gateway back-filling
     * after an outage), and a COPY that fails late in a large group wastes most of its work.
     */
    Written write(Connection connection, List<List<NewReading>> group, Instant receivedAt)
            throws SQLException, IOException {
        int[] duplicates = new int[group.size()];
        List<List<NewReading>> staged = withoutRepeats(group, duplicates);
        if (!conflictedLast) {
            try {
                rows.start();
                staged.forEach(readings -> readings.forEach(reading -> rows.row(null, reading, receivedAt)));
                rows.copy(connection, COPY);
                return new Written(staged, duplicates);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback();
                conflictedLast = true;
            }
        }
        int stagedCount = staged.stream().mapToInt(List::size).sum();
        conflictedLast = carefully(connection, staged, duplicates, stagedCount, receivedAt);
        return new Written(staged, duplicates);
    }

    /** Drops repeats of a point and time within the group, counting them against their request. */
    private static List<List<NewReading>> withoutRepeats(List<List<NewReading>> group, int[] duplicates) {
        List<List<NewReading>> staged = new ArrayList<>(group.size());
        Set<Key> seen = new HashSet<>(group.stream().mapToInt(List::size).sum() * 2);
        for (int req = 0; req < group.size(); req++) {
            List<NewReading> mine = new ArrayList<>(group.get(req).size());
            staged.add(mine);
            for (NewReading reading : group.get(req)) {
                if (seen.add(Key.of(reading))) {
                    mine.add(reading);
                } else {
                    duplicates[req]++;
                }
            }
        }
        return staged;
    }

    /** The staging path; true when some readings were stored already. */
    private boolean carefully(Connection connection, List<List<NewReading>> staged, int[] duplicates,
                              int stagedCount, Instant receivedAt) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
        }
        rows.start();
        for (int req = 0; req < staged.size(); req++) {
            for (NewReading reading : staged.get(req)) {
                rows.row(req, reading, null);
            }
        }
        rows.copy(connection, COPY_STAGING);
        Savepoint beforeMove = connection.setSavepoint();
        if (move(connection, receivedAt) == stagedCount) {
            return false;
        }
        connection.rollback(beforeMove);
        dropKnown(connection, staged, duplicates);
        move(connection, receivedAt);
        return true;
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
                known.add(new Key(rows.getString(2), micros(rows.getTimestamp(3).toInstant())));
            }
        }
        staged.forEach(readings -> readings.removeIf(reading -> known.contains(Key.of(reading))));
    }

    static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }
}
