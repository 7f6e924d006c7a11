package org.hazwatch.platform.alarm.rules;

import java.time.Instant;

/**
 * One reading as the alarm engine sees it.
 *
 * @param late arrived as back-fill (补传); alarms it produces are marked late
 */
public record Sample(String pointCode, Instant time, double value, SampleQuality quality, boolean late) {
}
