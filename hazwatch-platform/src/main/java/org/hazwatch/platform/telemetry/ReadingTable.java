package org.hazwatch.platform.telemetry;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * the primary key; then the transaction starts over on the bulk path for re-sends: COPY into a session-local
 * staging table (which says whose each reading is), then ONE statement that inserts what is new
 * ({@code ON CONFLICT DO NOTHING}) and answers the staged readings it did not insert — the duplicates, decided
 * "already there" for the whole group at once by the primary key's index, never reading by reading.
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

    /** Inserts the new, answers the rest: {@code req, point_code, time} of every staged reading already stored. */
    private static final String MOVE_ANSWERING_DUPLICATES = """
            WITH stored AS (
                INSERT INTO reading (point_code, time, value, quality, late, received_at)
                SELECT point_code, time, value, quality, late, ?
                FROM reading_staging
                ON CONFLICT DO NOTHING
                RETURNING point_code, time)
            SELECT s.req, s.point_code, s.time FROM reading_staging s
            WHERE NOT EXISTS (SELECT 1 FROM stored n WHERE n.point_code = s.point_code AND n.time = s.time)""";

    private final BinaryCopy rows = new BinaryCopy();
    private final ReadingKeys groupKeys = new ReadingKeys();
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
        conflictedLast = staged(connection, staged, duplicates, receivedAt);
        return new Written(staged, duplicates);
    }

    /** Drops repeats of a point and time within the group, counting them against their request. */
    private List<List<NewReading>> withoutRepeats(List<List<NewReading>> group, int[] duplicates) {
        List<List<NewReading>> staged = new ArrayList<>(group.size());
        ReadingKeys seen = groupKeys.clear(group.stream().mapToInt(List::size).sum());
        for (int req = 0; req < group.size(); req++) {
            List<NewReading> mine = new ArrayList<>(group.get(req).size());
            staged.add(mine);
            for (NewReading reading : group.get(req)) {
                if (seen.add(reading.pointCode(), micros(reading.time()))) {
                    mine.add(reading);
                } else {
                    duplicates[req]++;
                }
            }
        }
        return staged;
    }

    /**
     * The path for re-sends: staged, then moved in one statement that answers the duplicates; they are counted
     * against their request and left out of what it stored. True when some readings were stored already.
     */
    private boolean staged(Connection connection, List<List<NewReading>> staged, int[] duplicates,
                           Instant receivedAt) throws SQLException, IOException {
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
        int[] known = new int[staged.size()];
        Set<Key> knownKeys = new HashSet<>();
        try (PreparedStatement move = connection.prepareStatement(MOVE_ANSWERING_DUPLICATES)) {
            move.setTimestamp(1, Timestamp.from(receivedAt));
            try (ResultSet answered = move.executeQuery()) {
                while (answered.next()) {
                    known[answered.getInt(1)]++;
                    knownKeys.add(new Key(answered.getString(2), micros(answered.getTimestamp(3).toInstant())));
                }
            }
        }
        boolean any = false;
        for (int req = 0; req < staged.size(); req++) {
            if (known[req] == 0) {
                continue;
            }
            any = true;
            duplicates[req] += known[req];
            List<NewReading> mine = staged.get(req);
            if (known[req] == mine.size()) {
                mine.clear();
            } else {
                mine.removeIf(reading -> knownKeys.contains(Key.of(reading)));
            }
        }
        return any;
    }

    static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }
}
