package org.hazwatch.platform.telemetry.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * How a series query is answered (趋势曲线): at most {@code maxPoints} buckets of equal width over the span, read from
 * the coarsest source whose step fits in a bucket — raw readings, the 1-minute, 10-minute or 1-hour rollups. The
 * start is aligned down to the source's step and the width is a whole multiple of it, so a rollup row never
 * straddles two series buckets. Rounding the width up to a coarse step can cost buckets (a 61-minute bucket would
 * become two hours): the 10-minute and hour rollups are taken only if their width is at most
 * {@link #COARSEST_ROUNDING} of the width the span needs, else the next finer one; the minute rollups whenever a
 * bucket is a minute or more (raw readings would cost up to 60 rows a bucket).
 *
 * @param from   the aligned start; bucket {@code i} covers {@code [from + i·bucket, from + (i+1)·bucket)}
 * @param bucket the width of a bucket
 */
public record SeriesPlan(Source source, Instant from, Instant to, Duration bucket) {

    public static final int MAX_POINTS = 10_000;

    /** A source's width may be at most this much wider than the span needs (5/4: 80 % of the buckets remain). */
    static final double COARSEST_ROUNDING = 1.25;

    /** Where the values come from, and its step (resolution); coarsest last. */
    public enum Source {
        RAW(Duration.ofSeconds(1)), MINUTE(Duration.ofMinutes(1)), TEN_MINUTE(Duration.ofMinutes(10)),
        HOUR(Duration.ofHours(1));

        private final Duration step;

        Source(Duration step) {
            this.step = step;
        }

        public Duration step() {
            return step;
        }

        /** The latest multiple of the step (since the epoch, UTC) at or before {@code time}. */
        public Instant alignDown(Instant time) {
            long millis = step.toMillis();
            return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), millis) * millis);
        }
    }

    /** @throws IllegalArgumentException unless from is before to and maxPoints is 1 to {@link #MAX_POINTS} */
    public static SeriesPlan of(Instant from, Instant to, int maxPoints) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (maxPoints < 1 || maxPoints > MAX_POINTS) {
            throw new IllegalArgumentException("maxPoints must be 1 to " + MAX_POINTS);
        }
        long needed = widthFor(Duration.between(from, to), maxPoints).toMillis();
        Source[] sources = Source.values();
        for (int s = sources.length - 1; s > 0; s--) {
            SeriesPlan plan = planned(sources[s], from, to, maxPoints);
            boolean closeEnough = sources[s] == Source.MINUTE || plan.bucket.toMillis() <= needed * COARSEST_ROUNDING;
            if (sources[s].step.toMillis() <= needed && closeEnough) {
                return plan;
            }
        }
        return planned(Source.RAW, from, to, maxPoints);
    }

    /**
     * The plan read from the 1-minute rollups at the least: itself when it reads them or the hours already, else
     * aligned to the minute with buckets of whole minutes (a point that has only its minutes here, cascade).
     */
    public SeriesPlan atLeastMinutes() {
        if (source != Source.RAW) {
            return this;
        }
        return new SeriesPlan(Source.MINUTE, Source.MINUTE.alignDown(from), to,
                roundUp(bucket, Duration.ofMinutes(1)));
    }

    /** The number of buckets the span holds, never more than the maxPoints asked for. */
    public long buckets() {
        long span = Duration.between(from, to).toMillis();
        return (span + bucket.toMillis() - 1) / bucket.toMillis();
    }

    /**
     * Where the whole rollup rows end: the start of the step {@code to} falls in (or {@code to} if it is aligned).
     * Rows before it lie wholly inside the span; the readings from it to {@code to} are read raw, so the span ends
     * exactly at {@code to}. Never before {@code from}.
     */
    public Instant wholeStepsEnd() {
        Instant end = source.alignDown(to);
        return end.isBefore(from) ? from : end;
    }

    private static SeriesPlan planned(Source source, Instant from, Instant to, int maxPoints) {
        Instant aligned = source.alignDown(from);
        Duration width = roundUp(widthFor(Duration.between(aligned, to), maxPoints), source.step);
        return new SeriesPlan(source, aligned, to, width);
    }

    private static Duration widthFor(Duration span, int maxPoints) {
        long millis = span.toMillis();
        return Duration.ofMillis((millis + maxPoints - 1) / maxPoints);
    }

    private static Duration roundUp(Duration width, Duration unit) {
        long units = (width.toMillis() + unit.toMillis() - 1) / unit.toMillis();
        return unit.multipliedBy(Math.max(1, units));
    }
}
