package org.hazwatch.bench.load;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Latencies of one kind (an alarm seen, a page answered), in microseconds up to 10 minutes with 3 significant
 * digits, read back as milliseconds at a percentile. Thread-safe. An empty one answers NaN (printed {@code n/a}).
 */
final class Latencies {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Histogram histogram = new Histogram(MAX_MICROS, 3);
    private long missed;

    synchronized void record(long nanos) {
        histogram.recordValue(Math.max(0, Math.min(MAX_MICROS, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    synchronized void recordMillis(double millis) {
        record(Math.round(millis * 1e6));
    }

    /** Something that was never seen within the probe's time: counted, not made up as a latency. */
    synchronized void missed() {
        missed++;
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized long misses() {
        return missed;
    }

    /** The latency at the percentile (0–100) in ms, or NaN when nothing was recorded. */
    synchronized double percentileMillis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized String summary() {
        return String.format(java.util.Locale.ROOT, "n=%d missed=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms",
                count(), missed, percentileMillis(50), percentileMillis(95), percentileMillis(99),
                histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0);
    }
}
