package org.hazwatch.platform.alarm.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The alarm conditions of every point (报警判定), in memory. Each point's readings are evaluated in the order of
 * their own times, whatever batches they come in; a reading not newer than the last one evaluated for its point
 * (out of order) is refused and counted. Not thread-safe: one thread owns an engine.
 */
public final class ConditionEngine {

    private static final Comparator<Sample> BY_TIME = Comparator.comparing(Sample::time);
    private static final int FORMAT = 1;

    private final Function<String, PointAlarmSettings> settings;
    private final Map<String, PointConditions> points = new HashMap<>();
    private long refused;

    /** @param settings the settings of a point, null for a point that is not registered (its readings are skipped) */
    public ConditionEngine(Function<String, PointAlarmSettings> settings) {
        this.settings = settings;
    }

    /** Evaluates one reading; returns false when it was skipped (unknown point, or out of order). */
    public boolean evaluate(Sample sample, ChangeSink sink) {
        PointConditions point = points.get(sample.pointCode());
        if (point == null) {
            PointAlarmSettings s = settings.apply(sample.pointCode());
            if (s == null) {
                return false;
            }
            point = new PointConditions(s);
            points.put(sample.pointCode(), point);
        }
        if (!point.take(sample, sink)) {
            refused++;
            return false;
        }
        return true;
    }

    /** Evaluates a batch in the order of the readings' times (stable for equal times). */
    public void evaluateAll(List<Sample> batch, ChangeSink sink) {
        List<Sample> ordered = new ArrayList<>(batch);
        ordered.sort(BY_TIME);
        for (Sample sample : ordered) {
            evaluate(sample, sink);
        }
    }

    /**
     * The time of the newest reading evaluated for the point; null when none was. A reading not after it is out of
     * order here: back-fill ({@link Backfill}).
     */
    public Instant evaluatedThrough(String pointCode) {
        PointConditions point = points.get(pointCode);
        if (point == null || point.evaluatedThrough() == LimitBand.NONE) {
            return null;
        }
        long micros = point.evaluatedThrough();
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /** Takes over a point's conditions as another engine has them (after back-fill changed what is true now). */
    public void adopt(String pointCode, ConditionEngine from) {
        PointConditions theirs = from.points.get(pointCode);
        if (theirs != null) {
            points.put(pointCode, theirs);
        }
    }

    /** Takes a point's settings afresh (after its registration changed), keeping its state. */
    public void reconfigure(String pointCode) {
        PointConditions point = points.get(pointCode);
        if (point != null) {
            PointAlarmSettings s = settings.apply(pointCode);
            if (s == null) {
                points.remove(pointCode);
            } else {
                point.configure(s);
            }
        }
    }

    /** Readings refused because they were not newer than their point's last evaluated reading. */
    public long refusedOutOfOrder() {
        return refused;
    }

    public int pointCount() {
        return points.size();
    }

    /** Writes the state of every point, for {@link #readFrom} after a restart. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(points.size());
        for (Map.Entry<String, PointConditions> e : points.entrySet()) {
            out.writeUTF(e.getKey());
            e.getValue().write(out);
        }
    }

    /** Replaces the state with one written by {@link #writeTo}; points no longer registered are dropped. */
    public void readFrom(DataInput in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("unknown alarm state format");
        }
        points.clear();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String code = in.readUTF();
            PointAlarmSettings s = settings.apply(code);
            PointConditions point = new PointConditions(s != null ? s : placeholder(code));
            point.read(in);
            if (s != null) {
                points.put(code, point);
            }
        }
    }

    /** Reads past the state of a point that is gone. */
    private static PointAlarmSettings placeholder(String code) {
        return new PointAlarmSettings(code, "", null, null, null, null, 0, Duration.ZERO, Duration.ZERO, null, AlarmDefaults.FLATLINE_AFTER);
    }
}
