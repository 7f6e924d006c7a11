package org.hazwatch.platform.analysis.rules;

import java.util.Locale;

/**
 * How a figure compares with the previous period, in the words of a bulletin: counts by their difference, rates by
 * percentage points, scores by points. A figure missing in either period is "—", never a made-up zero.
 */
public final class Change {

    public static final String NONE = "—";

    private Change() {
    }

    /** "上期 12，增加 3" / "上期 12，减少 3" / "上期 12，持平". */
    public static String ofCount(long now, long before) {
        long d = now - before;
        return "上期 " + before + "，" + (d > 0 ? "增加 " + d : d < 0 ? "减少 " + (-d) : "持平");
    }

    /** "上期 95.0%，上升 2.1 个百分点"; "上期 —" when the previous rate is unknown; "—" when this one is. */
    public static String ofRate(Double now, Double before) {
        if (before == null) {
            return "上期 " + NONE;
        }
        String prev = "上期 " + percent(before);
        if (now == null) {
            return prev;
        }
        double points = Math.round((now - before) * 1000) / 10.0;
        return prev + "，" + (points > 0 ? "上升 " + one(points) + " 个百分点"
                : points < 0 ? "下降 " + one(-points) + " 个百分点" : "持平");
    }

    /** "上期 86.5 分，上升 1.2 分"; "上期 —" when the previous score is unknown. */
    public static String ofScore(Double now, Double before) {
        if (before == null) {
            return "上期 " + NONE;
        }
        String prev = "上期 " + one(before) + " 分";
        if (now == null) {
            return prev;
        }
        double d = Math.round((now - before) * 10) / 10.0;
        return prev + "，" + (d > 0 ? "上升 " + one(d) + " 分" : d < 0 ? "下降 " + one(-d) + " 分" : "持平");
    }

    /** 0.953 → "95.3%"; null → "—". */
    public static String percent(Double rate) {
        return rate == null ? NONE : one(Math.round(rate * 1000) / 10.0) + "%";
    }

    /** One decimal. */
    public static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code part / whole}, null when there is nothing to divide by. */
    public static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
