package org.hazwatch.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Thirty days of 1 Hz readings for a sample of points, written straight into the database as the history a
 * province's platform would hold: the missing day partitions of {@code reading} are created (named as the platform
 * names them), the raw rows go in by binary COPY (received when they were measured, so the rollup job's "arrived
 * since" scan leaves them alone), and the 1-minute, 10-minute and 1-hour rollups are computed from them in SQL, as
 * the rollup job would have. Values follow a slow sine inside the 25–75 % band of the point's range. Ends where the live load
 * begins ({@code until}), so a trend over the last 30 days reads both.
 */
final class TrendBackfill {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;
    private static final byte[] HEADER = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private TrendBackfill() {
    }

    /** The partition days (UTC) a back-fill from {@code from} until {@code until} writes into. */
    static List<LocalDate> days(Instant from, Instant until) {
        LocalDate first = from.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = until.minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** Writes {@code days} of 1 Hz readings before {@code until} for each point; rows written. */
    static long write(Connection connection, List<String> pointCodes, List<Integer> pointIndexes, Duration span,
                      Instant until) throws SQLException {
        Instant end = until.truncatedTo(ChronoUnit.SECONDS);
        Instant from = end.minus(span);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (LocalDate day : days(from, end)) {
                statement.execute("CREATE TABLE IF NOT EXISTS reading_p" + DAY.format(day)
                        + " PARTITION OF reading FOR VALUES FROM ('" + day.atStartOfDay(ZoneOffset.UTC) + "') TO ('"
                        + day.plusDays(1).atStartOfDay(ZoneOffset.UTC) + "')");
            }
        }
        long rows = 0;
        PGConnection pg = connection.unwrap(PGConnection.class);
        for (int k = 0; k < pointCodes.size(); k++) {
            String code = pointCodes.get(k);
            int point = pointIndexes.get(k);
            try {
                rows += pg.getCopyAPI().copyIn("COPY reading (point_code, time, value, quality, late, received_at) "
                        + "FROM STDIN (FORMAT binary)", new Rows(code, point, from, end));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Statement statement = connection.createStatement()) {
                String window = "point_code = '" + code + "' AND time >= '" + from + "' AND time < '" + end + "'";
                statement.execute("INSERT INTO reading_1m (point_code, bucket, min, max, sum, count, last_time, "
                        + "last_value) SELECT point_code, date_trunc('minute', time), min(value), max(value), "
                        + "sum(value), count(*), max(time), (array_agg(value ORDER BY time DESC))[1] FROM reading "
                        + "WHERE " + window + " GROUP BY 1, 2 ON CONFLICT (point_code, bucket) DO NOTHING");
                String minutes = "point_code = '" + code + "' AND bucket >= '" + from + "' AND bucket < '" + end
                        + "'";
                statement.execute("INSERT INTO reading_10m (point_code, bucket, min, max, sum, count, last_time, "
                        + "last_value) SELECT point_code, date_bin('10 minutes', bucket, TIMESTAMPTZ 'epoch'), "
                        + "min(min), max(max), sum(sum), sum(count), max(last_time), "
                        + "(array_agg(last_value ORDER BY last_time DESC))[1] FROM reading_1m WHERE " + minutes
                        + " GROUP BY 1, 2 ON CONFLICT (point_code, bucket) DO NOTHING");
                statement.execute("INSERT INTO reading_1h (point_code, bucket, min, max, sum, count, last_time, "
                        + "last_value) SELECT point_code, date_trunc('hour', bucket), min(min), max(max), sum(sum), "
                        + "sum(count), max(last_time), (array_agg(last_value ORDER BY last_time DESC))[1] "
                        + "FROM reading_10m WHERE " + minutes + " GROUP BY 1, 2 "
                        + "ON CONFLICT (point_code, bucket) DO NOTHING");
            }
        }
        connection.setAutoCommit(autoCommit);
        return rows;
    }

    /** The 1 Hz value of the sample point at second {@code s} of the back-fill: a sine with a 6-hour period. */
    static double value(int point, long s) {
        double share = 0.5 + 0.25 * Math.sin(2 * Math.PI * s / 21_600.0 + point);
        var range = ProvinceLayout.range(point);
        return range.low() + (range.high() - range.low()) * share;
    }

    /** The binary COPY stream of one point's rows, made as it is read. */
    private static final class Rows extends InputStream {
        private final byte[] code;
        private final int point;
        private final long fromSeconds;
        private final long count;
        private long next;
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 16);
        private byte[] buffer = HEADER_AND_FLAGS;
        private int position;
        private boolean trailerWritten;

        private static final byte[] HEADER_AND_FLAGS;

        static {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            header.writeBytes(HEADER);
            header.writeBytes(new byte[8]);
            HEADER_AND_FLAGS = header.toByteArray();
        }

        Rows(String code, int point, Instant from, Instant until) {
            this.code = code.getBytes(StandardCharsets.US_ASCII);
            this.point = point;
            this.fromSeconds = from.getEpochSecond();
            this.count = until.getEpochSecond() - fromSeconds;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            while (position >= buffer.length) {
                if (!refill()) {
                    return -1;
                }
            }
            int n = Math.min(length, buffer.length - position);
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
            return n;
        }

        private boolean refill() throws IOException {
            if (next >= count) {
                if (trailerWritten) {
                    return false;
                }
                trailerWritten = true;
                buffer = new byte[] {(byte) 0xFF, (byte) 0xFF};
                position = 0;
                return true;
            }
            chunk.reset();
            DataOutputStream out = new DataOutputStream(chunk);
            byte[] good = "GOOD".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 4096 && next < count; i++, next++) {
                long seconds = fromSeconds + next;
                long micros = seconds * 1_000_000L - PG_EPOCH_MICROS;
                out.writeShort(6);
                out.writeInt(code.length);
                out.write(code);
                out.writeInt(8);
                out.writeLong(micros);
                out.writeInt(8);
                out.writeDouble(Math.round(value(point, next) * 1000) / 1000.0);
                out.writeInt(good.length);
                out.write(good);
                out.writeInt(1);
                out.writeByte(0);
                out.writeInt(8);
                out.writeLong(micros);
            }
            buffer = chunk.toByteArray();
            position = 0;
            return true;
        }
    }
}
