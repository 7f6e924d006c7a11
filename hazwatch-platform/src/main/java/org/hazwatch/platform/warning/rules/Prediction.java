package org.hazwatch.platform.warning.rules;

import java.time.Duration;

/**
 * A trend predicted to cross a shutdown limit (趋势预测): the point's robust slope over the recent window carries
 * its value to HH (or down to LL) within {@code toCrossing}.
 *
 * @param high           towards HH (true) or LL (false)
 * @param slopePerMinute in the point's unit per minute
 */
public record Prediction(String pointCode, String pointName, String unit, boolean high, double limit,
                         double current, double slopePerMinute, Duration toCrossing) {
}
