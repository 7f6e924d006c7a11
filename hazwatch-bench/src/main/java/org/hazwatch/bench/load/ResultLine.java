package org.hazwatch.bench.load;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line a load run ends with:
 * {@code RESULT readings_per_s=<n> p50_ms=<n> p99_ms=<n> copy_baseline_per_s=<n> ratio=<x> resend_per_s=<n>
 * resend_ratio=<x>}. Without a baseline (a target platform whose database was not given) the baseline and its ratio
 * read {@code n/a}; without a re-send phase (nothing measured to send again) the last two do.
 *
 * @param readingsPerSecond readings acknowledged per second, end to end, after the warm-up
 * @param p50Millis         median latency of a batch request, milliseconds
 * @param p99Millis         99th percentile latency of a batch request, milliseconds
 * @param baselinePerSecond rows per second of a raw COPY of as many rows into a copy of the readings table
 * @param resendPerSecond   readings per second when the measured batches are sent again (补传 of what is stored:
 *                          every reading a duplicate)
 */
public record ResultLine(double readingsPerSecond, double p50Millis, double p99Millis, OptionalDouble baselinePerSecond,
                         OptionalDouble resendPerSecond) {

    private static final Pattern LINE = Pattern.compile(
            "RESULT readings_per_s=(\\d+) p50_ms=([\\d.]+) p99_ms=([\\d.]+) copy_baseline_per_s=(\\d+|n/a) "
                    + "ratio=([\\d.]+|n/a)(?: resend_per_s=(\\d+|n/a) resend_ratio=([\\d.]+|n/a))?");

    /** A line without a re-send phase. */
    public ResultLine(double readingsPerSecond, double p50Millis, double p99Millis, OptionalDouble baselinePerSecond) {
        this(readingsPerSecond, p50Millis, p99Millis, baselinePerSecond, OptionalDouble.empty());
    }

    /** End-to-end readings per second over the baseline's rows per second. */
    public OptionalDouble ratio() {
        return baselinePerSecond.stream().filter(b -> b > 0).map(b -> readingsPerSecond / b).findFirst();
    }

    /** Re-sent readings per second over new readings per second, in the same run. */
    public OptionalDouble resendRatio() {
        return readingsPerSecond > 0 ? resendPerSecond.stream().map(r -> r / readingsPerSecond).findFirst()
                : OptionalDouble.empty();
    }

    public String format() {
        return String.format(Locale.ROOT, "RESULT readings_per_s=%d p50_ms=%.1f p99_ms=%.1f copy_baseline_per_s=%s "
                        + "ratio=%s resend_per_s=%s resend_ratio=%s",
                Math.round(readingsPerSecond), p50Millis, p99Millis, whole(baselinePerSecond), twoPlaces(ratio()),
                whole(resendPerSecond), twoPlaces(resendRatio()));
    }

    private static String whole(OptionalDouble figure) {
        return figure.isPresent() ? Long.toString(Math.round(figure.getAsDouble())) : "n/a";
    }

    private static String twoPlaces(OptionalDouble figure) {
        return figure.isPresent() ? String.format(Locale.ROOT, "%.2f", figure.getAsDouble()) : "n/a";
    }

    /** Reads a line written by {@link #format()} (or one from before the re-send phase); ratios are recomputed. */
    public static ResultLine parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a RESULT line: " + line);
        }
        return new ResultLine(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), figure(m.group(4)), figure(m.group(6)));
    }

    private static OptionalDouble figure(String text) {
        return text == null || text.equals("n/a") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
    }
}
