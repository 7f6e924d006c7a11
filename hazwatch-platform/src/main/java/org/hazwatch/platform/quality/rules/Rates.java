package org.hazwatch.platform.quality.rules;

/** The six rates of a day, each 0..1, null where it does not apply. */
public record Rates(Double access, Double online, Double timeliness, Double validity, Double video,
                    Double completeness) {

    /** {@code part / whole}, null when the whole is 0 (nothing to rate). */
    public static Double ratio(double part, double whole) {
        return whole <= 0 ? null : Math.min(1, Math.max(0, part / whole));
    }
}
