package org.hazwatch.gateway;

import com.squareup.tape2.QueueFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;

/**
 * The store-and-forward queue (断点续传缓存): every reading a source produced, on disk, until the platform has
 * acknowledged it. A file of Square's Tape ({@link QueueFile}); each element is one sample — the readings a
 * source took at one instant — as wire JSON, so the queue is first in, first out in the sources' time order.
 *
 * <p>Durability: Tape opens the file in {@code rwd} mode, so each {@code add} and {@code remove} returns only
 * after its bytes reached the device, and it writes the element before the header that makes it visible: a
 * crash (power cut included) loses no sample that {@link #add} returned from and never shows half of one.
 * That costs one synchronous write per sample, which is why sources add whole samples, not single readings.
 *
 * <p>Thread-safe: sources add while the sender reads the head and removes it after the acknowledgement.
 */
final class ReadingQueue implements Closeable {

    static final String FILE_NAME = "readings.queue";

    private final QueueFile file;
    private long readings;

    private ReadingQueue(QueueFile file, long readings) {
        this.file = file;
        this.readings = readings;
    }

    /** Opens the queue in {@code directory} (created if missing), with whatever a previous run left in it. */
    static ReadingQueue open(Path directory) throws IOException {
        Files.createDirectories(directory);
        QueueFile file = new QueueFile.Builder(directory.resolve(FILE_NAME).toFile()).build();
        long readings = 0;
        for (byte[] element : file) {
            readings += decode(element).size();
        }
        return new ReadingQueue(file, readings);
    }

    /**
     * Appends one sample durably. A sample over the contract's batch limit is split, so every element fits one
     * batch.
     */
    void add(List<Reading> sample) {
        if (sample.isEmpty()) {
            return;
        }
        synchronized (this) {
            try {
                for (int from = 0; from < sample.size(); from += WireContract.MAX_READINGS) {
                    List<Reading> part = sample.subList(from, Math.min(sample.size(), from + WireContract.MAX_READINGS));
                    file.add(WireJson.encode(part.toArray(Reading[]::new)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the queue " + file.file(), e);
            }
            readings += sample.size();
            notifyAll();
        }
    }

    /**
     * The oldest samples, whole, up to {@code maxReadings} readings (at least one sample), waiting up to
     * {@code wait} for one to arrive; empty if none did. The samples stay queued until {@link #remove}.
     */
    synchronized Head head(int maxReadings, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (file.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Head(List.of(), 0);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        List<Reading> readings = new ArrayList<>();
        int samples = 0;
        Iterator<byte[]> elements = file.iterator();
        while (elements.hasNext()) {
            List<Reading> sample = decode(elements.next());
            if (samples > 0 && readings.size() + sample.size() > maxReadings) {
                break;
            }
            readings.addAll(sample);
            samples++;
        }
        return new Head(readings, samples);
    }

    /** Removes a head once it is acknowledged; only the sender removes, so the head is still what it read. */
    synchronized void remove(Head head) {
        try {
            file.remove(head.samples());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the queue " + file.file(), e);
        }
        readings -= head.readings().size();
    }

    /** Readings on disk not yet acknowledged. */
    synchronized long readings() {
        return readings;
    }

    synchronized boolean isEmpty() {
        return file.isEmpty();
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }

    private static List<Reading> decode(byte[] element) {
        return Arrays.asList(WireJson.decode(element, Reading[].class));
    }

    /** The oldest samples of the queue: their readings in order, and how many samples they were. */
    record Head(List<Reading> readings, int samples) {

        boolean isEmpty() {
            return samples == 0;
        }
    }
}
