package org.hazwatch.platform.telemetry.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How a series query is answered (趋势曲线): at most {@code maxPoints} buckets of equal width over the span, read from
 * the coarsest source whose resolution still fits in a bucket — raw readings for buckets under a minute, the
 * 1-minute rollups for buckets under an hour, the 1-hour rollups beyond. The start is aligned down to the source's
 * resolution and the width is a whole multiple of it, so rollup buckets never straddle two series buckets.
 *
 * @param from   the aligned start; bucket {@code i} covers {@code [from + i·bucket, from + (i+1)·bucket)}
 * @param bucket the width of a bucket
 */
public record SeriesPlan(Source source, Instant from, Instant to, Duration bucket) {

    public static final int MAX_POINTS = 10_000;

    /** Where the values come from, and its resolution. */
    public enum Source {
        RAW(ChronoUnit.SECONDS), MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS);

        private final ChronoUnit resolution;

        Source(ChronoUnit resolution) {
            this.resolution = resolution;
        }

        static Source fitting(Duration bucket) {
            if (bucket.compareTo(Duration.ofHours(1)) >= 0) {
                return HOUR;
            }
            return bucket.compareTo(Duration.ofMinutes(1)) >= 0 ? MINUTE : RAW;
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
        Source source = Source.fitting(widthFor(Duration.between(from, to), maxPoints));
        Instant aligned = from.truncatedTo(source.resolution);
        Duration width = roundUp(widthFor(Duration.between(aligned, to), maxPoints), source.resolution.getDuration());
        return new SeriesPlan(source, aligned, to, width);
    }

    /**
     * The plan read from the 1-minute rollups at the least: itself when it reads them or the hours already, else
     * aligned to the minute with buckets of whole minutes (a point that has only its minutes here, cascade).
     */
    public SeriesPlan atLeastMinutes() {
        if (source != Source.RAW) {
            return this;
        }
        return new SeriesPlan(Source.MINUTE, from.truncatedTo(ChronoUnit.MINUTES), to,
                roundUp(bucket, Duration.ofMinutes(1)));
    }

    /** The number of buckets the span holds, never more than the maxPoints asked for. */
    public long buckets() {
        long span = Duration.between(from, to).toMillis();
        return (span + bucket.toMillis() - 1) / bucket.toMillis();
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
