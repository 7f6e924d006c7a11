package org.hazwatch.bench.load;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line a load run ends with:
 * {@code RESULT readings_per_s=<n> p50_ms=<n> p99_ms=<n> copy_baseline_per_s=<n> ratio=<x>}. Without a baseline
 * (a target platform whose database was not given) the last two read {@code n/a}.
 *
 * @param readingsPerSecond readings acknowledged per second, end to end, after the warm-up
 * @param p50Millis         median latency of a batch request, milliseconds
 * @param p99Millis         99th percentile latency of a batch request, milliseconds
 * @param baselinePerSecond rows per second of a raw COPY of as many rows into a copy of the readings table
 */
public record ResultLine(double readingsPerSecond, double p50Millis, double p99Millis, OptionalDouble baselinePerSecond) {

    private static final Pattern LINE = Pattern.compile(
            "RESULT readings_per_s=(\\d+) p50_ms=([\\d.]+) p99_ms=([\\d.]+) copy_baseline_per_s=(\\d+|n/a) "
                    + "ratio=([\\d.]+|n/a)");

    /** End-to-end readings per second over the baseline's rows per second. */
    public OptionalDouble ratio() {
        return baselinePerSecond.stream().filter(b -> b > 0).map(b -> readingsPerSecond / b).findFirst();
    }

    public String format() {
        return String.format(Locale.ROOT, "RESULT readings_per_s=%d p50_ms=%.1f p99_ms=%.1f copy_baseline_per_s=%s ratio=%s",
                Math.round(readingsPerSecond), p50Millis, p99Millis,
                baselinePerSecond.isPresent() ? Long.toString(Math.round(baselinePerSecond.getAsDouble())) : "n/a",
                ratio().isPresent() ? String.format(Locale.ROOT, "%.2f", ratio().getAsDouble()) : "n/a");
    }

    /** Reads a line written by {@link #format()}; the ratio is recomputed, not read. */
    public static ResultLine parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a RESULT line: " + line);
        }
        return new ResultLine(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                m.group(4).equals("n/a") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(m.group(4))));
    }
}
