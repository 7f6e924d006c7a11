package org.hazwatch.platform.alarm.rules;

import java.io.DataInput;
import java.io.IOException;
import java.time.Instant;
import org.hazwatch.protocol.PointCode;

/**
 * The alarm conditions of one point (点位报警状态), evaluated reading by reading in the readings' own time order:
 * high and low limits, rate of change, flatline and invalid value.
 */
final class PointConditions {

    /** Whether the state changed since it was last written ({@link ConditionEngine#changes}). */
    enum Saved { CLEAN, CHANGED, GONE }

    /**
     * The point's code as its settings hold it (the same string, not a copy); its alarm keys are made when a
     * condition changes (rarely), not held: five keys with their enterprise codes were about 500 bytes of every live
     * point (issue 17).
     */
    private final String code;
    private final LimitBand high = new LimitBand(true);
    private final LimitBand low = new LimitBand(false);
    /** Only when a rate of change is configured (most points have none): a band is about 100 bytes. */
    private LimitBand rate;
    private long flatlineMicros;
    private long evaluatedThrough = LimitBand.NONE;
    private long lastTime = LimitBand.NONE;
    private double lastValue;
    private long sameSince = LimitBand.NONE;
    private boolean flat;
    private boolean invalid;
    Saved saved = Saved.CLEAN;

    PointConditions(PointAlarmSettings settings) {
        code = settings.pointCode();
        configure(settings);
    }

    String code() {
        return code;
    }

    void configure(PointAlarmSettings s) {
        long on = micros(s.onDelay().getSeconds(), s.onDelay().getNano());
        long off = micros(s.offDelay().getSeconds(), s.offDelay().getNano());
        high.configure(s.h(), s.hh(), s.deadband(), on, off);
        low.configure(s.l(), s.ll(), s.deadband(), on, off);
        if (s.ratePerMinute() == null) {
            rate = null;
        } else {
            rate = rate == null ? new LimitBand(true) : rate;
            rate.configure(s.ratePerMinute(), null, 0, 0, 0);
        }
        flatlineMicros = micros(s.flatlineAfter().getSeconds(), s.flatlineAfter().getNano());
    }

    /** The time of the newest reading evaluated, in microseconds since the epoch; {@link LimitBand#NONE} if none. */
    long evaluatedThrough() {
        return evaluatedThrough;
    }

    /** Whether a reading at {@code time} would be newer than the newest evaluated (taken, not refused). */
    boolean isBefore(Instant time) {
        return micros(time.getEpochSecond(), time.getNano()) > evaluatedThrough;
    }

    /** Evaluates a reading; one older than or as old as the last evaluated is refused (returns false). */
    boolean take(Sample sample, ChangeSink sink) {
        Instant time = sample.time();
        long t = micros(time.getEpochSecond(), time.getNano());
        if (t <= evaluatedThrough) {
            return false;
        }
        evaluatedThrough = t;
        double v = sample.value();
        boolean usable = sample.quality() == SampleQuality.USABLE;
        if (invalid == usable) {
            invalid = !usable;
            sink.accept(new ConditionChange(key(AlarmKind.INVALID_VALUE), time, invalid ? null : Severity.INVALID,
                    invalid ? Severity.INVALID : null, v, v, sample.late()));
        }
        if (!usable) {
            return true;
        }
        band(high, AlarmKind.LIMIT_HIGH, sample, t, v, v, sink);
        band(low, AlarmKind.LIMIT_LOW, sample, t, v, v, sink);
        if (rate != null && lastTime != LimitBand.NONE) {
            double perMinute = Math.abs(v - lastValue) * 60_000_000.0 / (t - lastTime);
            band(rate, AlarmKind.RATE_OF_CHANGE, sample, t, perMinute, perMinute, sink);
        }
        flatline(sample, t, v, sink);
        lastTime = t;
        lastValue = v;
        return true;
    }

    private AlarmKey key(AlarmKind kind) {
        return AlarmKey.ofPoint(PointCode.of(code), kind);
    }

    private void band(LimitBand band, AlarmKind kind, Sample sample, long t, double x, double shown,
                      ChangeSink sink) {
        if (!band.configured()) {
            return;
        }
        Severity before = band.severity();
        if (band.take(t, x)) {
            Severity after = band.severity();
            boolean rateBand = kind == AlarmKind.RATE_OF_CHANGE;
            sink.accept(new ConditionChange(key(kind), sample.time(), rateBand ? rated(before) : before,
                    rateBand ? rated(after) : after, shown, band.peak(), sample.late()));
        }
    }

    private static Severity rated(Severity s) {
        return s == null ? null : Severity.RATE;
    }

    /** SPEC §4: a value unchanged for the flatline time on a live analog point is stuck. */
    private void flatline(Sample sample, long t, double v, ChangeSink sink) {
        if (sameSince == LimitBand.NONE || v != lastValue) {
            sameSince = t;
            if (flat) {
                flat = false;
                sink.accept(new ConditionChange(key(AlarmKind.FLATLINE), sample.time(), Severity.FLATLINE, null, v, v,
                        sample.late()));
            }
        } else if (!flat && t - sameSince >= flatlineMicros) {
            flat = true;
            sink.accept(new ConditionChange(key(AlarmKind.FLATLINE), sample.time(), null, Severity.FLATLINE, v, v, sample.late()));
        }
    }

    static long micros(long seconds, int nanos) {
        return seconds * 1_000_000 + nanos / 1000;
    }

    /**
     * Writes the state (format 2): which fields are set in one byte, the newest reading's time in full and the
     * other times as their distance before it, so a point most of whose times are recent takes few bytes.
     */
    void write(StateOut out) {
        long base = evaluatedThrough;
        int flags = (flat ? 1 : 0) | (invalid ? 2 : 0) | (rate != null ? 4 : 0) | (lastTime != LimitBand.NONE ? 8 : 0)
                | (sameSince != LimitBand.NONE ? 16 : 0);
        out.writeByte(flags);
        out.writeLong(base);
        if (lastTime != LimitBand.NONE) {
            out.writeSignedVarLong(base - lastTime);
            out.writeDouble(lastValue);
        }
        if (sameSince != LimitBand.NONE) {
            out.writeSignedVarLong(base - sameSince);
        }
        high.write(out, base);
        low.write(out, base);
        if (rate != null) {
            rate.write(out, base);
        }
    }

    /** Reads what {@link #write} wrote; a rate band saved for a point that has no rate limit now is passed over. */
    void read(StateIn in) {
        int flags = in.readByte();
        flat = (flags & 1) != 0;
        invalid = (flags & 2) != 0;
        long base = in.readLong();
        evaluatedThrough = base;
        lastTime = (flags & 8) != 0 ? base - in.readSignedVarLong() : LimitBand.NONE;
        lastValue = (flags & 8) != 0 ? in.readDouble() : 0;
        sameSince = (flags & 16) != 0 ? base - in.readSignedVarLong() : LimitBand.NONE;
        high.read(in, base);
        low.read(in, base);
        if ((flags & 4) != 0) {
            (rate != null ? rate : new LimitBand(true)).read(in, base);
        }
    }

    /** Reads the state as format 1 wrote it (before issue 17): three bands always, every field in full. */
    void readFormat1(DataInput in) throws IOException {
        high.readFormat1(in);
        low.readFormat1(in);
        (rate != null ? rate : new LimitBand(true)).readFormat1(in);
        evaluatedThrough = in.readLong();
        lastTime = in.readLong();
        lastValue = in.readDouble();
        sameSince = in.readLong();
        flat = in.readBoolean();
        invalid = in.readBoolean();
    }
}
