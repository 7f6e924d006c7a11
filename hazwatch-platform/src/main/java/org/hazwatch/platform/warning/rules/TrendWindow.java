package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent readings of one point for {@link Trend}, in bounded memory: at most {@code capacity} samples (12 bytes
 * each: the time as milliseconds after the window's base, the value), kept at least {@code window / capacity} apart,
 * so the ring spans the whole window whatever the point's sampling rate. Readings older than the last one kept are
 * ignored (back-fill says nothing about the trend now). Thread-safe. A province keeps one per point with HH or LL:
 * the times as offsets save 240 of about 1,000 bytes a point (issue 17).
 */
public final class TrendWindow {

    private final int[] offsets;
    private final double[] values;
    private final long spacingMillis;
    /** What the offsets count from: the oldest sample kept, or an earlier one. */
    private long base;
    private int start;
    private int size;

    public TrendWindow(Duration window, int capacity) {
        this.offsets = new int[capacity];
        this.values = new double[capacity];
        this.spacingMillis = window.dividedBy(capacity).toMillis();
    }

    public synchronized void add(Instant at, double value) {
        long t = at.toEpochMilli();
        if (size > 0 && t < millis((start + size - 1) % offsets.length) + spacingMillis) {
            return;
        }
        if (size == offsets.length) {
            start = (start + 1) % offsets.length;
            size--;
        }
        if (size == 0) {
            base = t;
        } else if (t - base > Integer.MAX_VALUE) {
            rebase(t);
        }
        int i = (start + size) % offsets.length;
        offsets[i] = (int) (t - base);
        values[i] = value;
        size++;
    }

    private long millis(int i) {
        return base + offsets[i];
    }

    /** The offsets count from the oldest sample kept; samples more than 24 days older than {@code t} are dropped. */
    private void rebase(long t) {
        while (size > 0 && t - millis(start) > Integer.MAX_VALUE) {
            start = (start + 1) % offsets.length;
            size--;
        }
        if (size == 0) {
            base = t;
            return;
        }
        int shift = offsets[start];
        for (int k = 0; k < size; k++) {
            offsets[(start + k) % offsets.length] -= shift;
        }
        base += shift;
    }

    /** The samples kept, oldest first. */
    public synchronized List<Trend.Sample> samples() {
        List<Trend.Sample> samples = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            int i = (start + k) % offsets.length;
            samples.add(new Trend.Sample(Instant.ofEpochMilli(millis(i)), values[i]));
        }
        return samples;
    }
}
