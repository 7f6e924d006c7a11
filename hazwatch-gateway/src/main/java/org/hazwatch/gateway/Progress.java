package org.hazwatch.gateway;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.hazwatch.protocol.IngestReply;

/** The gateway's counters since it started, and the progress line it prints every few seconds. */
final class Progress {

    private final LongAdder produced = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private long lastSent;
    private long lastNanos = System.nanoTime();

    void produced(int readings) {
        produced.add(readings);
    }

    /** A batch left the queue acknowledged: {@code reply} when the platform counted it (HTTP), else null. */
    void sent(int readings, IngestReply reply) {
        sent.add(readings);
        if (reply != null) {
            duplicates.add(reply.duplicates());
            rejected.add(reply.rejected().size());
        }
    }

    void deadLettered(int readings) {
        deadLettered.add(readings);
    }

    long produced() {
        return produced.sum();
    }

    long sent() {
        return sent.sum();
    }

    long duplicates() {
        return duplicates.sum();
    }

    long rejected() {
        return rejected.sum();
    }

    long deadLettered() {
        return deadLettered.sum();
    }

    /** One line: counts so far and the send rate since the previous line. */
    synchronized String line(long queued) {
        long now = System.nanoTime();
        long sentNow = sent();
        double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
        double rate = (sentNow - lastSent) / seconds;
        lastSent = sentNow;
        lastNanos = now;
        return String.format(Locale.ROOT,
                "produced=%d queued=%d sent=%d duplicates=%d rejected=%d dead-lettered=%d rate=%.1f/s",
                produced(), queued, sentNow, duplicates(), rejected(), deadLettered(), rate);
    }
}
