package org.hazwatch.platform.telemetry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import org.postgresql.PGConnection;

/**
 * Rows of readings in PostgreSQL's binary COPY format: no text to format here nor to parse in the database
 * (timestamps as microseconds since 2000-01-01, values as IEEE doubles). One encoder per writer thread; it keeps
 * its buffer between groups.
 */
final class BinaryCopy {

    private static final long PG_EPOCH_SECONDS = 946_684_800L;
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[][] QUALITIES = Arrays.stream(ReadingQuality.values())
            .map(q -> q.name().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /** Big-endian ints and longs stored whole (one bounds check, one store) rather than byte by byte. */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] buffer = new byte[1 << 20];
    private int length;

    /** Starts a new stream of rows. */
    BinaryCopy start() {
        length = 0;
        put(HEADER);
        return this;
    }

    /** A reading row: {@code [req,] point_code, time, value, quality, late [, received_at]}. */
    void row(Integer request, NewReading reading, Instant receivedAt) {
        ensure(96 + 3 * reading.pointCode().length());  // every field below, the code at its longest in UTF-8
        putShort(5 + (request != null ? 1 : 0) + (receivedAt != null ? 1 : 0));
        if (request != null) {
            putInt(4);
            putInt(request);
        }
        text(reading.pointCode());
        timestamp(reading.time());
        putInt(8);
        putLong(Double.doubleToRawLongBits(reading.value()));
        byte[] quality = QUALITIES[reading.quality().ordinal()];
        putInt(quality.length);
        put(quality);
        putInt(1);
        buffer[length++] = (byte) (reading.late() ? 1 : 0);
        if (receivedAt != null) {
            timestamp(receivedAt);
        }
    }

    /** Ends the stream and sends it with {@code COPY … FROM STDIN (FORMAT binary)}; returns the rows copied. */
    long copy(Connection connection, String copyStatement) throws SQLException, IOException {
        ensure(2);
        putShort(-1);
        return connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(copyStatement, new ByteArrayInputStream(buffer, 0, length));
    }

    /**
     * Codes are ASCII (SPEC §2): copied byte for byte in one pass that also notes whether any character was not;
     * then (never for a registered code) the field is written again through UTF-8.
     */
    private void text(String text) {
        int start = length;
        putInt(text.length());
        int any = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any |= c;
            buffer[length++] = (byte) c;
        }
        if (any >= 0x80) {
            length = start;
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }
    }

    private void timestamp(Instant time) {
        putInt(8);
        putLong((time.getEpochSecond() - PG_EPOCH_SECONDS) * 1_000_000L + time.getNano() / 1_000);
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void putShort(int value) {
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) {
        INT.set(buffer, length, value);
        length += 4;
    }

    private void putLong(long value) {
        LONG.set(buffer, length, value);
        length += 8;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
