package org.hazwatch.platform.alarm.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import org.hazwatch.protocol.PointCode;

/**
 * The alarm conditions of one point (点位报警状态), evaluated reading by reading in the readings' own time order:
 * high and low limits, rate of change, flatline and invalid value.
 */
final class PointConditions {

    /**
     * The point; its alarm keys are made when a condition changes (rarely), not held: five keys with their
     * enterprise codes were about 500 bytes of every live point (issue 17).
     */
    private final PointCode point;
    private final LimitBand high = new LimitBand(true);
    private final LimitBand low = new LimitBand(false);
    private final LimitBand rate = new LimitBand(true);
    private long flatlineMicros;
    private long evaluatedThrough = LimitBand.NONE;
    private long lastTime = LimitBand.NONE;
    private double lastValue;
    private long sameSince = LimitBand.NONE;
    private boolean flat;
    private boolean invalid;

    PointConditions(PointAlarmSettings settings) {
        point = PointCode.of(settings.pointCode());
        configure(settings);
    }

    void configure(PointAlarmSettings s) {
        long on = micros(s.onDelay().getSeconds(), s.onDelay().getNano());
        long off = micros(s.offDelay().getSeconds(), s.offDelay().getNano());
        high.configure(s.h(), s.hh(), s.deadband(), on, off);
        low.configure(s.l(), s.ll(), s.deadband(), on, off);
        rate.configure(s.ratePerMinute(), null, 0, 0, 0);
        flatlineMicros = micros(s.flatlineAfter().getSeconds(), s.flatlineAfter().getNano());
    }

    /** The time of the newest reading evaluated, in microseconds since the epoch; {@link LimitBand#NONE} if none. */
    long evaluatedThrough() {
        return evaluatedThrough;
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
        if (rate.configured() && lastTime != LimitBand.NONE) {
            double perMinute = Math.abs(v - lastValue) * 60_000_000.0 / (t - lastTime);
            band(rate, AlarmKind.RATE_OF_CHANGE, sample, t, perMinute, perMinute, sink);
        }
        flatline(sample, t, v, sink);
        lastTime = t;
        lastValue = v;
        return true;
    }

    private AlarmKey key(AlarmKind kind) {
        return AlarmKey.ofPoint(point, kind);
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

    void write(DataOutput out) throws IOException {
        high.write(out);
        low.write(out);
        rate.write(out);
        out.writeLong(evaluatedThrough);
        out.writeLong(lastTime);
        out.writeDouble(lastValue);
        out.writeLong(sameSince);
        out.writeBoolean(flat);
        out.writeBoolean(invalid);
    }

    void read(DataInput in) throws IOException {
        high.read(in);
        low.read(in);
        rate.read(in);
        evaluatedThrough = in.readLong();
        lastTime = in.readLong();
        lastValue = in.readDouble();
        sameSince = in.readLong();
        flat = in.readBoolean();
        invalid = in.readBoolean();
    }
}
