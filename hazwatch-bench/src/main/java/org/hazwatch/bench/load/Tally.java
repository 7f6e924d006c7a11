package org.hazwatch.bench.load;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the gateways achieved: readings acknowledged and the latency of each batch request (HdrHistogram, µs).
 * The warm-up is left out by {@link #startMeasuring()}, which forgets the latencies so far and notes the count.
 */
final class Tally {

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Recorder latencies = new Recorder(MAX_LATENCY_MICROS, 3);
    private final LongAdder accepted = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Histogram measured = new Histogram(MAX_LATENCY_MICROS, 3);
    private Histogram interval;
    private long acceptedAtStart;
    private long startNanos;
    private long acceptedAtLastLook;
    private long lastLookNanos;

    /** Called by a gateway thread after each acknowledged request. */
    void acknowledged(long latencyNanos, int readings) {
        latencies.recordValue(Math.min(MAX_LATENCY_MICROS, TimeUnit.NANOSECONDS.toMicros(latencyNanos)));
        accepted.add(readings);
    }

    void failed() {
        failures.increment();
    }

    long failures() {
        return failures.sum();
    }

    synchronized void startMeasuring() {
        interval = latencies.getIntervalHistogram(interval);
        measured.reset();
        acceptedAtStart = accepted.sum();
        startNanos = System.nanoTime();
        acceptedAtLastLook = acceptedAtStart;
        lastLookNanos = startNanos;
    }

    /** A progress line for the time since the previous look; folds its latencies into the measured ones. */
    synchronized String look(String phase) {
        interval = latencies.getIntervalHistogram(interval);
        measured.add(interval);
        long now = System.nanoTime();
        long count = accepted.sum();
        double perSecond = (count - acceptedAtLastLook) * 1e9 / Math.max(1, now - lastLookNanos);
        acceptedAtLastLook = count;
        lastLookNanos = now;
        return String.format(Locale.ROOT, "  %-8s %,10.0f readings/s   p50 %6.1f ms   p99 %6.1f ms   failed %d",
                phase, perSecond, interval.getValueAtPercentile(50) / 1000.0,
                interval.getValueAtPercentile(99) / 1000.0, failures());
    }

    /** The measured figures from {@link #startMeasuring()} until now. */
    synchronized Measured stop() {
        interval = latencies.getIntervalHistogram(interval);
        measured.add(interval);
        long readings = accepted.sum() - acceptedAtStart;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new Measured(readings, seconds, measured.getValueAtPercentile(50) / 1000.0,
                measured.getValueAtPercentile(99) / 1000.0, measured.getTotalCount());
    }

    record Measured(long readings, double seconds, double p50Millis, double p99Millis, long requests) {
        double readingsPerSecond() {
            return readings / seconds;
        }
    }
}
