package org.hazwatch.sim;

/**
 * A point's limit alarms (报警限) LL 低低报, L 低报, H 高报, HH 高高报; a limit that was not published is
 * {@code null} and left out of the import document.
 */
public record AlarmLimits(Double ll, Double l, Double h, Double hh) {

    public static final AlarmLimits NONE = new AlarmLimits(null, null, null, null);

    public static AlarmLimits high(double h, double hh) {
        return new AlarmLimits(null, null, h, hh);
    }
}
