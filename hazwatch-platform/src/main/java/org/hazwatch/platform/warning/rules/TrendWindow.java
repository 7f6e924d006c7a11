package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent readings of one point for {@link Trend}, in bounded memory: at most {@code capacity} samples, kept at
 * least {@code window / capacity} apart, so the ring spans the whole window whatever the point's sampling rate.
 * Readings older than the last one kept are ignored (back-fill says nothing about the trend now). Thread-safe.
 *
 * <p>A province keeps two per point with HH or LL (issue 17), so a sample is 8 bytes: the time as milliseconds after
 * the window's base, and the value as a {@code float}. A float's 24-bit mantissa (7 significant digits) is finer
 * than any instrument's span resolution (a 16-bit converter resolves 5 digits) and than the 4 digits a prediction
 * is shown with; the Theil–Sen fit runs in double. The ring grows to its capacity as samples come, so a point
 * heard for minutes, or sampled slower than the spacing, holds what it has, not 60 empty slots.
 */
public final class TrendWindow {

    private static final int FIRST_LENGTH = 4;

    private final int capacity;
    private final long spacingMillis;
    private int[] offsets = new int[0];
    private float[] values = new float[0];
    /** What the offsets count from: the oldest sample kept, or an earlier one. */
    private long base;
    private int start;
    private int size;

    public TrendWindow(Duration window, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a trend window keeps at least one sample: " + capacity);
        }
        this.capacity = capacity;
        this.spacingMillis = window.dividedBy(capacity).toMillis();
    }

    public synchronized void add(Instant at, double value) {
        long t = at.toEpochMilli();
        if (size > 0 && t < millis((start + size - 1) % offsets.length) + spacingMillis) {
            return;
        }
        if (size == capacity) {
            start = (start + 1) % offsets.length;
            size--;
        } else if (size == offsets.length) {
            grow();
        }
        if (size == 0) {
            base = t;
        } else if (t - base > Integer.MAX_VALUE) {
            rebase(t);
        }
        int i = (start + size) % offsets.length;
        offsets[i] = (int) (t - base);
        values[i] = (float) value;
        size++;
    }

    /** The ring, oldest first from index 0, in arrays twice as long (at most the capacity). */
    private void grow() {
        int length = Math.min(capacity, Math.max(FIRST_LENGTH, offsets.length * 2));
        int[] o = new int[length];
        float[] v = new float[length];
        for (int k = 0; k < size; k++) {
            int i = (start + k) % offsets.length;
            o[k] = offsets[i];
            v[k] = values[i];
        }
        offsets = o;
        values = v;
        start = 0;
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

    /** How many samples the ring has room for now (it grows to the capacity): for the footprint's tests. */
    synchronized int allocated() {
        return offsets.length;
    }
}
