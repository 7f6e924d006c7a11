package org.hazwatch.platform.alarm.rules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link StateOut} wrote. A truncated image fails with {@link java.nio.BufferUnderflowException}, a
 * garbled one with {@link IllegalArgumentException}; {@link ConditionEngine#apply} turns both into an
 * {@link java.io.IOException}.
 */
final class StateIn {

    private final ByteBuffer buffer;

    StateIn(byte[] bytes) {
        buffer = ByteBuffer.wrap(bytes);
    }

    int readByte() {
        return buffer.get() & 0xFF;
    }

    int readInt() {
        return buffer.getInt();
    }

    long readLong() {
        return buffer.getLong();
    }

    double readDouble() {
        return buffer.getDouble();
    }

    long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("alarm state: variable-length number too long");
    }

    long readSignedVarLong() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    int readCount() {
        long n = readVarLong();
        if (n < 0 || n > buffer.remaining()) {
            throw new IllegalArgumentException("alarm state: count beyond the image: " + n);
        }
        return (int) n;
    }

    String readString() {
        byte[] utf8 = new byte[readCount()];
        buffer.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
