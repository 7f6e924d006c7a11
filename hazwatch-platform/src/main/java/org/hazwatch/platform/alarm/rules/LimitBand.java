package org.hazwatch.platform.alarm.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The limit alarm of one point in one direction (高报/高高报 or 低报/低低报): one level per limit, 0 being normal.
 *
 * <p>A level is <em>indicated</em> while the value is at or beyond its limit, and, once it is the active level, until
 * the value is back inside the limit by the deadband (ISA-18.2 deadband). A higher level becomes active only after
 * it was indicated by every reading for the on-delay; a lower one only after the active level was not indicated by
 * every reading for the off-delay. "Every reading" is taken literally: a delay is served when a reading at least the
 * delay after the first one still indicates the level, so a single outlying sample never raises an alarm that has
 * a delay. Values are compared with their sign turned for the low direction, so one code serves both.
 */
final class LimitBand {

    static final long NONE = Long.MIN_VALUE;

    private final double sign;
    private double[] limits;
    private Severity[] severities;
    private double deadband;
    private long onDelayMicros;
    private long offDelayMicros;
    private int level;
    private final long[] aboveSince = {NONE, NONE};
    private final long[] belowSince = {NONE, NONE};
    private double peak = Double.NaN;

    LimitBand(boolean high) {
        this.sign = high ? 1 : -1;
    }

    /** Sets the limits (null = not set), keeping the state; a level whose limit went away falls to the highest left. */
    void configure(Double operating, Double shutdown, double deadband, long onDelayMicros, long offDelayMicros) {
        List<Double> signed = new ArrayList<>(2);
        List<Severity> names = new ArrayList<>(2);
        Severity[] pair = sign > 0 ? new Severity[] {Severity.H, Severity.HH} : new Severity[] {Severity.L, Severity.LL};
        if (operating != null) {
            signed.add(sign * operating);
            names.add(pair[0]);
        }
        if (shutdown != null) {
            signed.add(sign * shutdown);
            names.add(pair[1]);
        }
        this.limits = signed.stream().mapToDouble(Double::doubleValue).toArray();
        this.severities = names.toArray(Severity[]::new);
        this.deadband = deadband;
        this.onDelayMicros = onDelayMicros;
        this.offDelayMicros = offDelayMicros;
        this.level = Math.min(level, limits.length);
    }

    boolean configured() {
        return limits.length > 0;
    }

    /** The active severity, null when normal. */
    Severity severity() {
        return level == 0 ? null : severities[level - 1];
    }

    /** The most extreme value of the last or current activation, back in the point's unit. */
    double peak() {
        return sign * peak;
    }

    /**
     * Takes a usable reading; returns whether the active level changed or, while active, the peak grew.
     */
    boolean take(long timeMicros, double value) {
        double x = sign * value;
        int indicated = indicated(x);
        for (int k = 0; k < limits.length; k++) {
            if (indicated > k) {
                aboveSince[k] = aboveSince[k] == NONE ? timeMicros : aboveSince[k];
                belowSince[k] = NONE;
            } else {
                belowSince[k] = belowSince[k] == NONE ? timeMicros : belowSince[k];
                aboveSince[k] = NONE;
            }
        }
        int next = level;
        for (int k = limits.length; k > level; k--) {
            if (aboveSince[k - 1] != NONE && timeMicros - aboveSince[k - 1] >= onDelayMicros) {
                next = k;
                break;
            }
        }
        boolean rose = next != level;
        while (!rose && next > 0 && belowSince[next - 1] != NONE
                && timeMicros - belowSince[next - 1] >= offDelayMicros) {
            next--;
        }
        boolean changed = next != level;
        boolean raised = level == 0 && next > 0;
        level = next;
        if (level > 0 && (raised || x > peak)) {
            peak = x;
            return true;
        }
        return changed;
    }

    private int indicated(double x) {
        for (int k = limits.length; k >= 1; k--) {
            double limit = limits[k - 1];
            if (x >= limit || (level >= k && x > limit - deadband)) {
                return k;
            }
        }
        return 0;
    }

    void write(DataOutput out) throws IOException {
        out.writeByte(level);
        for (int k = 0; k < 2; k++) {
            out.writeLong(aboveSince[k]);
            out.writeLong(belowSince[k]);
        }
        out.writeDouble(peak);
    }

    void read(DataInput in) throws IOException {
        level = Math.min(in.readByte(), limits.length);
        for (int k = 0; k < 2; k++) {
            aboveSince[k] = in.readLong();
            belowSince[k] = in.readLong();
        }
        peak = in.readDouble();
    }
}
