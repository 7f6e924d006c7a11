package org.hazwatch.platform.alarm;

/**
 * A point's limit alarm settings (报警限值与死区、延时) as one change names them: the four limits (null where not
 * set), the deadband in the point's unit and the on- and off-delay in seconds.
 */
public record LimitSettings(Double ll, Double l, Double h, Double hh, double deadband, long onDelaySeconds,
                            long offDelaySeconds) {
}
