package org.hazwatch.platform.alarm.rules;

import java.time.Duration;

/**
 * How one point is alarmed (报警设置), with every default already applied (see {@link AlarmDefaults}). Limits that
 * are not set are null; limits and deadband are in the point's unit.
 *
 * @param ratePerMinute the largest change per minute that is not a rate-of-change alarm; null for none
 * @param flatlineAfter how long an unchanged value lasts before it is a flatline alarm
 */
public record PointAlarmSettings(String pointCode, String enterpriseCode, Double ll, Double l, Double h, Double hh,
                                 double deadband, Duration onDelay, Duration offDelay, Double ratePerMinute,
                                 Duration flatlineAfter) {

    public PointAlarmSettings {
        if (deadband < 0 || onDelay.isNegative() || offDelay.isNegative() || flatlineAfter.isNegative() || flatlineAfter.isZero()) {
            throw new IllegalArgumentException("deadband and delays must not be negative: " + pointCode);
        }
    }

    /** The limits the engine applies. */
    public AlarmLimits limits() {
        return new AlarmLimits(ll, l, h, hh);
    }

    /** The same point with another rate-of-change limit. */
    public PointAlarmSettings withRatePerMinute(Double perMinute) {
        return new PointAlarmSettings(pointCode, enterpriseCode, ll, l, h, hh, deadband, onDelay, offDelay, perMinute,
                flatlineAfter);
    }
}
