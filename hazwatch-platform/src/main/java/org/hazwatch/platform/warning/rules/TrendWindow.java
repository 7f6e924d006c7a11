package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent readings of one point for {@link Trend}, in bounded memory: at most {@code capacity} samples, kept at
 * least {@code window / capacity} apart, so the ring spans the whole window whatever the point's sampling rate.
 * Readings older than the last one kept are ignored (back-fill says nothing about the trend now). Thread-safe.
 */
public final class TrendWindow {

    private final Trend.Sample[] ring;
    private final Duration spacing;
    private int start;
    private int size;

    public TrendWindow(Duration window, int capacity) {
        this.ring = new Trend.Sample[capacity];
        this.spacing = window.dividedBy(capacity);
    }

    public synchronized void add(Instant at, double value) {
        if (size > 0) {
            Trend.Sample last = ring[(start + size - 1) % ring.length];
            if (at.isBefore(last.at().plus(spacing))) {
                return;
            }
        }
        if (size == ring.length) {
            start = (start + 1) % ring.length;
            size--;
        }
        ring[(start + size) % ring.length] = new Trend.Sample(at, value);
        size++;
    }

    /** The samples kept, oldest first. */
    public synchronized List<Trend.Sample> samples() {
        List<Trend.Sample> samples = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            samples.add(ring[(start + i) % ring.length]);
        }
        return samples;
    }
}
