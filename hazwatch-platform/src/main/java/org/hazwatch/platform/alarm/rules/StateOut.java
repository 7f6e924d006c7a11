package org.hazwatch.platform.alarm.rules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of the engine's saved conditions as they are written: a growing buffer with variable-length integers
 * (7 bits a byte, zig-zag for signed ones, as protocol buffers do). Not a {@code DataOutputStream} over a
 * {@code ByteArrayOutputStream}: their methods are synchronized and write a long byte by byte, and a snapshot of
 * 500,000 points makes tens of millions of such calls (issue 17).
 */
final class StateOut {

    private ByteBuffer buffer;

    StateOut(int expectedBytes) {
        buffer = ByteBuffer.allocate(Math.max(64, expectedBytes));
    }

    void writeByte(int b) {
        room(1).put((byte) b);
    }

    void writeInt(int v) {
        room(4).putInt(v);
    }

    void writeLong(long v) {
        room(8).putLong(v);
    }

    void writeDouble(double v) {
        room(8).putDouble(v);
    }

    void writeVarLong(long v) {
        ByteBuffer b = room(10);
        while ((v & ~0x7FL) != 0) {
            b.put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        b.put((byte) v);
    }

    void writeSignedVarLong(long v) {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length);
        room(utf8.length).put(utf8);
    }

    int size() {
        return buffer.position();
    }

    byte[] toBytes() {
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            bigger.put(buffer.array(), 0, buffer.position());
            buffer = bigger;
        }
        return buffer;
    }
}
