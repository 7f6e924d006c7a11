package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
 *
 * <p>{@link #predict} answers on these arrays first (issue 17: the warning engine's periodic pass asks every point of
 * a province once a minute, and almost every one is inside its band with noise): too few, too short or stale
 * samples, pairwise values that go no way often enough ({@link Trend#mayAgree}), a last value from which no limit can
 * be reached ({@link Trend#ways}) — each an empty answer without a sample built or a line fitted; only a window that
 * passes them all is fitted, by {@link Trend}'s own code.
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

    /**
     * What {@link Trend#predict} (or, {@code operating}, {@link Trend#predictOperating}) answers on {@link #samples}
     * at {@code now}; {@code limits} is asked only for a window whose pairs agree enough.
     */
    public Optional<Prediction> predict(Supplier<Trend.Limits> limits, Instant now, Trend.Settings settings,
                                        boolean operating) {
        Recent recent = recent(now, settings);
        if (recent == null) {
            return Optional.empty();
        }
        Trend.Limits point = limits.get();
        int ways = Trend.ways(point, recent.samples.get(recent.samples.size() - 1).value(), operating);
        if (ways == 0 || !Trend.mayAgree(recent.pairs, recent.rising, recent.falling, ways, settings)) {
            return Optional.empty();
        }
        return Trend.crossing(point, recent.samples, now, settings, operating);
    }

    /** The samples of {@code [now - window, now]} with their pairs of distinct times, those rising and falling. */
    private record Recent(List<Trend.Sample> samples, int pairs, int rising, int falling) {
    }

    /** The window's samples at {@code now} if they pass the checks that need no limits, else null. */
    private synchronized Recent recent(Instant now, Trend.Settings settings) {
        Instant from = now.minus(settings.window());
        int first = 0;
        while (first < size && compare(millis(index(first)), from) < 0) {
            first++;
        }
        int end = size;
        while (end > first && compare(millis(index(end - 1)), now) > 0) {
            end--;
        }
        if (end == first || end - first < settings.minSamples()) {
            return null;
        }
        Instant firstAt = Instant.ofEpochMilli(millis(index(first)));
        Instant lastAt = Instant.ofEpochMilli(millis(index(end - 1)));
        if (Duration.between(firstAt, lastAt).compareTo(settings.minSpan()) < 0
                || Duration.between(lastAt, now).compareTo(settings.staleAfter()) > 0) {
            return null;
        }
        int pairs = 0;
        int rising = 0;
        int falling = 0;
        int length = offsets.length;
        for (int a = first, i = index(first); a < end; a++, i = i + 1 == length ? 0 : i + 1) {
            int at = offsets[i];
            float value = values[i];
            for (int b = a + 1, j = i + 1 == length ? 0 : i + 1; b < end; b++, j = j + 1 == length ? 0 : j + 1) {
                if (offsets[j] != at) {
                    pairs++;
                    rising += values[j] > value ? 1 : 0;
                    falling += values[j] < value ? 1 : 0;
                }
            }
        }
        if (!Trend.mayAgree(pairs, rising, falling, Trend.RISING | Trend.FALLING, settings)) {
            return null;
        }
        return new Recent(samples(first, end), pairs, rising, falling);
    }

    private int index(int k) {
        return (start + k) % offsets.length;
    }

    /** Compares the time {@code millis} with {@code at}, to the nanosecond. */
    private static int compare(long millis, Instant at) {
        int bySecond = Long.compare(Math.floorDiv(millis, 1000), at.getEpochSecond());
        return bySecond != 0 ? bySecond : Integer.compare((int) Math.floorMod(millis, 1000) * 1_000_000, at.getNano());
    }

    /** The samples kept, oldest first. */
    public synchronized List<Trend.Sample> samples() {
        return samples(0, size);
    }

    /** The samples from the {@code first} kept to before the {@code end}th, oldest first. */
    private List<Trend.Sample> samples(int first, int end) {
        List<Trend.Sample> samples = new ArrayList<>(end - first);
        for (int k = first; k < end; k++) {
            int i = index(k);
            samples.add(new Trend.Sample(Instant.ofEpochMilli(millis(i)), values[i]));
        }
        return samples;
    }

    /** How many samples the ring has room for now (it grows to the capacity): for the footprint's tests. */
    synchronized int allocated() {
        return offsets.length;
    }
}
