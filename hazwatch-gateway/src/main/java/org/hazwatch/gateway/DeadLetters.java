package org.hazwatch.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;

/**
 * Batches the platform refused as such (a 4xx other than 401 and 413: malformed, or naming points of another
 * enterprise). Sending them again would be refused again and would hold up everything behind them, so they are
 * appended to {@code dead-letter.jsonl} in the queue directory, one JSON line each with the status and reason,
 * and forced to disk before they leave the queue. An operator fixes the mapping and re-sends them by hand.
 */
final class DeadLetters {

    static final String FILE_NAME = "dead-letter.jsonl";

    private final Path file;

    DeadLetters(Path queueDirectory) {
        this.file = queueDirectory.resolve(FILE_NAME);
    }

    synchronized void add(ReadingBatch batch, int status, String reason) {
        byte[] line = WireJson.encode(new DeadLetter(OffsetDateTime.now(), status, reason, batch));
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Path file() {
        return file;
    }

    /** One line of the dead-letter file. */
    record DeadLetter(OffsetDateTime refusedAt, int status, String reason, ReadingBatch batch) {
    }
}
