package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent readings of one point for {@link Trend}, in bounded memory: at most {@code capacity} samples (16 bytes
 * each), kept at least {@code window / capacity} apart, so the ring spans the whole window whatever the point's
 * sampling rate. Readings older than the last one kept are ignored (back-fill says nothing about the trend now).
 * Thread-safe.
 */
public final class TrendWindow {

    private final long[] millis;
    private final double[] values;
    private final long spacingMillis;
    private int start;
    private int size;

    public TrendWindow(Duration window, int capacity) {
        this.millis = new long[capacity];
        this.values = new double[capacity];
        this.spacingMillis = window.dividedBy(capacity).toMillis();
    }

    public synchronized void add(Instant at, double value) {
        long t = at.toEpochMilli();
        if (size > 0 && t < millis[(start + size - 1) % millis.length] + spacingMillis) {
            return;
        }
        if (size == millis.length) {
            start = (start + 1) % millis.length;
            size--;
        }
        int i = (start + size) % millis.length;
        millis[i] = t;
        values[i] = value;
        size++;
    }

    /** The samples kept, oldest first. */
    public synchronized List<Trend.Sample> samples() {
        List<Trend.Sample> samples = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            int i = (start + k) % millis.length;
            samples.add(new Trend.Sample(Instant.ofEpochMilli(millis[i]), values[i]));
        }
        return samples;
    }
}
