package org.hazwatch.platform.alarm.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

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

    // Two levels at most, kept in fields rather than arrays: the engine touches this for every reading of every
    // point, and each array would be one more memory load away. What follows from the direction and from which
    // limits are set (the sign, the two levels' severities) is worked out, not held: 500,000 points carry two
    // bands each (issue 17).
    private final boolean high;
    private boolean operatingSet;
    private byte count;
    private byte level;
    private double limit1;
    private double limit2;
    private double deadband;
    private long onDelayMicros;
    private long offDelayMicros;
    private long above1 = NONE;
    private long below1 = NONE;
    private long above2 = NONE;
    private long below2 = NONE;
    private double peak = Double.NaN;

    LimitBand(boolean high) {
        this.high = high;
    }

    /** Sets the limits (null = not set), keeping the state; a level whose limit went away falls to the highest left. */
    void configure(Double operating, Double shutdown, double deadband, long onDelayMicros, long offDelayMicros) {
        int k = 0;
        operatingSet = operating != null;
        if (operating != null) {
            set(++k, signed(operating));
        }
        if (shutdown != null) {
            set(++k, signed(shutdown));
        }
        count = (byte) k;
        this.deadband = deadband;
        this.onDelayMicros = onDelayMicros;
        this.offDelayMicros = offDelayMicros;
        this.level = (byte) Math.min(level, count);
    }

    private void set(int k, double limit) {
        if (k == 1) {
            limit1 = limit;
        } else {
            limit2 = limit;
        }
    }

    /** A value with its sign turned for the low direction. */
    private double signed(double value) {
        return high ? value : -value;
    }

    boolean configured() {
        return count > 0;
    }

    /** The active severity, null when normal. */
    Severity severity() {
        return severityOf(level);
    }

    private Severity severityOf(int k) {
        if (k == 0) {
            return null;
        }
        boolean operating = k == 1 && operatingSet;
        return high ? (operating ? Severity.H : Severity.HH) : (operating ? Severity.L : Severity.LL);
    }

    /** The severity a value indicates in one direction when no level is active; null when none. */
    static Severity reachedBy(boolean high, Double operating, Double shutdown, double value) {
        LimitBand band = new LimitBand(high);
        band.configure(operating, shutdown, 0, 0, 0);
        return band.severityOf(band.indicated(band.signed(value)));
    }

    /** The most extreme value of the last or current activation, back in the point's unit. */
    double peak() {
        return signed(peak);
    }

    /**
     * Takes a usable reading; returns whether the active level changed or, while active, the peak grew.
     */
    boolean take(long t, double value) {
        double x = signed(value);
        int indicated = indicated(x);
        if (indicated >= 1) {
            above1 = above1 == NONE ? t : above1;
            below1 = NONE;
        } else {
            below1 = below1 == NONE ? t : below1;
            above1 = NONE;
        }
        if (indicated >= 2) {
            above2 = above2 == NONE ? t : above2;
            below2 = NONE;
        } else {
            below2 = below2 == NONE ? t : below2;
            above2 = NONE;
        }
        int next = level;
        if (count >= 2 && level < 2 && served(above2, t, onDelayMicros)) {
            next = 2;
        } else if (count >= 1 && level < 1 && served(above1, t, onDelayMicros)) {
            next = 1;
        } else {
            if (next == 2 && served(below2, t, offDelayMicros)) {
                next = 1;
            }
            if (next == 1 && served(below1, t, offDelayMicros)) {
                next = 0;
            }
        }
        boolean changed = next != level;
        boolean raised = level == 0 && next > 0;
        level = (byte) next;
        if (level > 0 && (raised || x > peak)) {
            peak = x;
            return true;
        }
        return changed;
    }

    private static boolean served(long since, long t, long delayMicros) {
        return since != NONE && t - since >= delayMicros;
    }

    private int indicated(double x) {
        if (count >= 2 && (x >= limit2 || level >= 2 && x > limit2 - deadband)) {
            return 2;
        }
        if (count >= 1 && (x >= limit1 || level >= 1 && x > limit1 - deadband)) {
            return 1;
        }
        return 0;
    }

    /** Reads the state as format 1 wrote it (before issue 17): every field in full. */
    void readFormat1(DataInput in) throws IOException {
        level = (byte) Math.min(in.readByte(), count);
        above1 = in.readLong();
        below1 = in.readLong();
        above2 = in.readLong();
        below2 = in.readLong();
        peak = in.readDouble();
    }

    /**
     * Writes the state: the level and which of the times are set in one byte, the times set as their distance
     * before {@code base} (the point's newest reading), the peak only when there is one.
     */
    void write(StateOut out, long base) {
        int flags = level | bit(above1, 2) | bit(below1, 3) | bit(above2, 4) | bit(below2, 5)
                | (Double.isNaN(peak) ? 0 : 1 << 6);
        out.writeByte(flags);
        writeTime(out, above1, base);
        writeTime(out, below1, base);
        writeTime(out, above2, base);
        writeTime(out, below2, base);
        if (!Double.isNaN(peak)) {
            out.writeDouble(peak);
        }
    }

    void read(StateIn in, long base) {
        int flags = in.readByte();
        level = (byte) Math.min(flags & 3, count);
        above1 = readTime(in, flags, 2, base);
        below1 = readTime(in, flags, 3, base);
        above2 = readTime(in, flags, 4, base);
        below2 = readTime(in, flags, 5, base);
        peak = (flags & 1 << 6) != 0 ? in.readDouble() : Double.NaN;
    }

    private static int bit(long time, int bit) {
        return time == NONE ? 0 : 1 << bit;
    }

    private static void writeTime(StateOut out, long time, long base) {
        if (time != NONE) {
            out.writeSignedVarLong(base - time);
        }
    }

    private static long readTime(StateIn in, int flags, int bit, long base) {
        return (flags & 1 << bit) == 0 ? NONE : base - in.readSignedVarLong();
    }
}
