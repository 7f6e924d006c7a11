package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import org.hazwatch.platform.alarm.rules.Severity;

/**
 * A trend predicted to cross a limit (趋势预测): the point's robust slope over the recent window carries its value to
 * HH (or down to LL) within {@code toCrossing} — or, read over hours from inside the normal band, to the operating
 * limit H (or L).
 *
 * @param high           upwards (true) or downwards (false)
 * @param slopePerMinute in the point's unit per minute
 * @param target         the limit reached: {@link Severity#HH}, {@link Severity#LL}, {@link Severity#H} or
 *                       {@link Severity#L}
 */
public record Prediction(String pointCode, String pointName, String unit, boolean high, double limit,
                         double current, double slopePerMinute, Duration toCrossing, Severity target) {

    /** A crossing of a shutdown limit (HH, LL), the stronger factor. */
    public boolean shutdown() {
        return target == Severity.HH || target == Severity.LL;
    }
}
