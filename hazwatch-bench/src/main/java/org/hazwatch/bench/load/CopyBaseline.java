package org.hazwatch.bench.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The baseline: the same number of rows, of the same points and a like spread of times, COPYed straight into
 * {@code reading_baseline}, a copy of {@code reading} with the same columns, primary key, BRIN indexes and day
 * partitions ({@code LIKE reading INCLUDING ALL … PARTITION BY RANGE (time)}): what the database alone can take,
 * through the driver's binary COPY in one transaction. The table is dropped afterwards.
 */
final class CopyBaseline {

    private static final Instant PG_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final int ROWS_PER_CHUNK = 1_000;
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] GOOD = "GOOD".getBytes(StandardCharsets.US_ASCII);

    private CopyBaseline() {
    }

    /** Rows per second of COPYing {@code rows} rows of the given points; the clock runs from COPY to commit. */
    static double rowsPerSecond(Connection connection, List<String> pointCodes, long rows) throws SQLException {
        Instant first = Instant.now().minusMillis(BatchBodies.LAG_MS);
        Instant last = first.plusMillis(rows / pointCodes.size() + 1);
        byte[][] codes = pointCodes.stream().map(c -> c.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
        createTable(connection, first, last);
        try {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            copy(connection, codes, rows, micros(first));
            connection.commit();
            return rows * 1e9 / (System.nanoTime() - start);
        } finally {
            connection.setAutoCommit(true);
            execute(connection, "DROP TABLE reading_baseline");
        }
    }

    private static void createTable(Connection connection, Instant first, Instant last) throws SQLException {
        execute(connection, "DROP TABLE IF EXISTS reading_baseline");
        execute(connection, "CREATE TABLE reading_baseline (LIKE reading INCLUDING ALL) PARTITION BY RANGE (time)");
        for (LocalDate day = LocalDate.ofInstant(first, ZoneOffset.UTC);
             !day.isAfter(LocalDate.ofInstant(last, ZoneOffset.UTC)); day = day.plusDays(1)) {
            execute(connection, "CREATE TABLE reading_baseline_p%s PARTITION OF reading_baseline FOR VALUES FROM ('%s') TO ('%s')"
                    .formatted(day.toString().replace("-", ""), day.atStartOfDay(ZoneOffset.UTC),
                            day.plusDays(1).atStartOfDay(ZoneOffset.UTC)));
        }
    }

    private static void copy(Connection connection, byte[][] codes, long rows, long firstMicros) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY reading_baseline (point_code, time, value, quality, late, received_at) FROM STDIN "
                        + "(FORMAT binary)");
        ByteBuffer chunk = ByteBuffer.allocate(ROWS_PER_CHUNK * 96 + HEADER.length);
        chunk.put(HEADER);
        long receivedMicros = micros(Instant.now());
        for (long i = 0; i < rows; i++) {
            int point = (int) (i % codes.length);
            row(chunk, codes[point], firstMicros + i / codes.length * 1_000, 50.0 + point % 50, receivedMicros);
            if ((i + 1) % ROWS_PER_CHUNK == 0) {
                flush(copy, chunk);
            }
        }
        chunk.putShort((short) -1);
        flush(copy, chunk);
        copy.endCopy();
    }

    private static void row(ByteBuffer out, byte[] code, long timeMicros, double value, long receivedMicros) {
        out.putShort((short) 6);
        out.putInt(code.length).put(code);
        out.putInt(8).putLong(timeMicros);
        out.putInt(8).putDouble(value);
        out.putInt(GOOD.length).put(GOOD);
        out.putInt(1).put((byte) 0);
        out.putInt(8).putLong(receivedMicros);
    }

    private static void flush(CopyIn copy, ByteBuffer chunk) throws SQLException {
        copy.writeToCopy(chunk.array(), 0, chunk.position());
        chunk.clear();
    }

    private static long micros(Instant time) {
        return (time.getEpochSecond() - PG_EPOCH.getEpochSecond()) * 1_000_000L + time.getNano() / 1_000;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
