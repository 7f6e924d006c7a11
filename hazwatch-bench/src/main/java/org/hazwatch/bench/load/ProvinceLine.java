package org.hazwatch.bench.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line the province bench ends with:
 * {@code PROVINCE enterprises=<n> points=<n> rate=<n> alarm_p50_ms=<x> alarm_p99_ms=<x> warning_p99_ms=<x>
 * trend30d_p95_ms=<x> overview_p95_ms=<x> heap_mib=<n>}. A figure that was not measured (nothing seen, a target
 * platform's heap) reads {@code n/a}; NaN stands for it here.
 *
 * @param rate           readings per second the platform acknowledged over the measured time (what it achieved,
 *                       not what was asked)
 * @param alarmP50Millis reading acknowledged → alarm visible on the SSE feed and in {@code GET /api/v1/alarms}, the
 *                       later of the two, median
 * @param heapMib        heap used after a full GC, all points live, the load generator let go
 */
public record ProvinceLine(long enterprises, long points, double rate, double alarmP50Millis, double alarmP99Millis,
                           double warningP99Millis, double trend30dP95Millis, double overviewP95Millis,
                           double heapMib) {

    private static final String FIGURE = "([\\d.]+|n/a)";
    private static final Pattern LINE = Pattern.compile("PROVINCE enterprises=(\\d+) points=(\\d+) rate=" + FIGURE
            + " alarm_p50_ms=" + FIGURE + " alarm_p99_ms=" + FIGURE + " warning_p99_ms=" + FIGURE
            + " trend30d_p95_ms=" + FIGURE + " overview_p95_ms=" + FIGURE + " heap_mib=" + FIGURE);

    public String format() {
        return "PROVINCE enterprises=" + enterprises + " points=" + points + " rate=" + whole(rate)
                + " alarm_p50_ms=" + millis(alarmP50Millis) + " alarm_p99_ms=" + millis(alarmP99Millis)
                + " warning_p99_ms=" + millis(warningP99Millis) + " trend30d_p95_ms=" + millis(trend30dP95Millis)
                + " overview_p95_ms=" + millis(overviewP95Millis) + " heap_mib=" + whole(heapMib);
    }

    /** Reads a line written by {@link #format()}. */
    public static ProvinceLine parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PROVINCE line: " + line);
        }
        return new ProvinceLine(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), figure(m.group(3)),
                figure(m.group(4)), figure(m.group(5)), figure(m.group(6)), figure(m.group(7)), figure(m.group(8)),
                figure(m.group(9)));
    }

    private static String whole(double figure) {
        return Double.isNaN(figure) ? "n/a" : Long.toString(Math.round(figure));
    }

    private static String millis(double figure) {
        return Double.isNaN(figure) ? "n/a" : String.format(Locale.ROOT, "%.1f", figure);
    }

    private static double figure(String text) {
        return text.equals("n/a") ? Double.NaN : Double.parseDouble(text);
    }
}
