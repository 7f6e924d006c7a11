package org.hazwatch.platform.alarm.rules;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The alarm conditions of every point (报警判定), in memory. Each point's readings are evaluated in the order of
 * their own times, whatever batches they come in; a reading not newer than the last one evaluated for its point
 * (out of order) is refused and counted. Not thread-safe: one thread owns an engine.
 *
 * <p>Its state is saved as an {@link #image} of every point now and then and, between them, the {@link #changes}
 * since the last of either (issue 17: at 500,000 points the whole state is tens of megabytes); {@link #apply} reads
 * them back in the order they were written.
 */
public final class ConditionEngine {

    private static final Comparator<Pending> BY_TIME = Comparator.comparing(p -> p.sample().time());
    /** Format 1 (before issue 17): every point, every field in full. Format 2: {@link PointConditions#write}. */
    private static final int FORMAT_1 = 1;
    private static final int FORMAT = 2;
    private static final int WHOLE = 0;
    private static final int CHANGES = 1;

    private record Pending(Sample sample, PointConditions point) {
    }

    private final Function<String, PointAlarmSettings> settings;
    private final Map<String, PointConditions> points = new HashMap<>();
    /** Points whose state changed since the last image or changes were written; each once. */
    private final List<PointConditions> changed = new ArrayList<>();
    /** Points dropped since then. */
    private final Set<String> gone = new HashSet<>();
    private long refused;

    /** @param settings the settings of a point, null for a point that is not registered (its readings are skipped) */
    public ConditionEngine(Function<String, PointAlarmSettings> settings) {
        this.settings = settings;
    }

    /** Evaluates one reading; returns false when it was skipped (unknown point, or out of order). */
    public boolean evaluate(Sample sample, ChangeSink sink) {
        PointConditions point = pointOf(sample.pointCode());
        return point != null && take(point, sample, sink);
    }

    /** Evaluates a batch in the order of the readings' times (stable for equal times). */
    public void evaluateAll(List<Sample> batch, ChangeSink sink) {
        List<Sample> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparing(Sample::time));
        for (Sample sample : ordered) {
            evaluate(sample, sink);
        }
    }

    /**
     * Evaluates a group of new readings in the order of their times, except those not after the newest reading
     * already evaluated for their point: those are handed to {@code older} (back-fill, {@link Backfill}) and not
     * evaluated. Each reading's point is looked up once, its time compared in microseconds (issue 17: a second
     * look-up and an {@code Instant} per reading were 3 % of the platform's time at 50,000 readings/s).
     */
    public void evaluateNew(List<Sample> group, ChangeSink sink, Consumer<Sample> older) {
        List<Pending> inOrder = new ArrayList<>(group.size());
        for (Sample sample : group) {
            PointConditions point = pointOf(sample.pointCode());
            if (point == null) {
                continue;
            }
            if (!point.isBefore(sample.time())) {
                older.accept(sample);
            } else {
                inOrder.add(new Pending(sample, point));
            }
        }
        inOrder.sort(BY_TIME);
        for (Pending p : inOrder) {
            take(p.point(), p.sample(), sink);
        }
    }

    private PointConditions pointOf(String code) {
        PointConditions point = points.get(code);
        if (point == null) {
            PointAlarmSettings s = settings.apply(code);
            if (s == null) {
                return null;
            }
            point = new PointConditions(s);
            points.put(s.pointCode(), point);
        }
        return point;
    }

    private boolean take(PointConditions point, Sample sample, ChangeSink sink) {
        if (!point.take(sample, sink)) {
            refused++;
            return false;
        }
        changed(point);
        return true;
    }

    private void changed(PointConditions point) {
        if (point.saved == PointConditions.Saved.CLEAN) {
            point.saved = PointConditions.Saved.CHANGED;
            changed.add(point);
        }
    }

    private void dropped(PointConditions point) {
        point.saved = PointConditions.Saved.GONE;
        gone.add(point.code());
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
            PointConditions mine = points.put(theirs.code(), theirs);
            if (mine != null) {
                mine.saved = PointConditions.Saved.GONE;
            }
            theirs.saved = PointConditions.Saved.CLEAN;
            changed(theirs);
        }
    }

    /** Takes a point's settings afresh (after its registration changed), keeping its state. */
    public void reconfigure(String pointCode) {
        PointConditions point = points.get(pointCode);
        if (point != null) {
            PointAlarmSettings s = settings.apply(pointCode);
            if (s == null) {
                points.remove(pointCode);
                dropped(point);
            } else {
                point.configure(s);
                changed(point);
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

    /** One point's state as {@link #image} writes it, null for a point not held: to compare two engines' states. */
    public byte[] stateOf(String pointCode) {
        PointConditions point = points.get(pointCode);
        if (point == null) {
            return null;
        }
        StateOut out = new StateOut(128);
        point.write(out);
        return out.toBytes();
    }

    /** Points changed or dropped since the last {@link #image} or {@link #changes}. */
    public int changedCount() {
        return changed.size() + gone.size();
    }

    /** The state of every point, for {@link #apply} after a restart; what changed is forgotten. */
    public byte[] image() {
        StateOut out = new StateOut(points.size() * 64 + 16);
        out.writeInt(FORMAT);
        out.writeByte(WHOLE);
        out.writeVarLong(0);
        out.writeVarLong(points.size());
        for (PointConditions point : points.values()) {
            write(out, point);
        }
        changed.clear();
        gone.clear();
        return out.toBytes();
    }

    /**
     * The points changed and dropped since the last image or changes, to {@link #apply} over them; each point
     * written is forgotten as changed.
     */
    public byte[] changes() {
        StateOut out = new StateOut(changed.size() * 64 + gone.size() * 32 + 16);
        out.writeInt(FORMAT);
        out.writeByte(CHANGES);
        out.writeVarLong(gone.size());
        gone.forEach(out::writeString);
        List<PointConditions> written = changed.stream().filter(p -> p.saved == PointConditions.Saved.CHANGED)
                .toList();
        out.writeVarLong(written.size());
        written.forEach(p -> write(out, p));
        changed.clear();
        gone.clear();
        return out.toBytes();
    }

    private static void write(StateOut out, PointConditions point) {
        out.writeString(point.code());
        point.write(out);
        point.saved = PointConditions.Saved.CLEAN;
    }

    /**
     * Reads an {@link #image} (which replaces the state) or {@link #changes} (over it), in the order they were
     * written; points no longer registered are dropped. Reads format 1 (a whole state written before issue 17) too.
     */
    public void apply(byte[] written) throws IOException {
        try {
            StateIn in = new StateIn(written);
            int format = in.readInt();
            if (format == FORMAT_1) {
                readFormat1(new DataInputStream(new ByteArrayInputStream(written, 4, written.length - 4)));
                return;
            }
            if (format != FORMAT) {
                throw new IOException("unknown alarm state format " + format);
            }
            if (in.readByte() == WHOLE) {
                points.clear();
            }
            for (int i = in.readCount(); i > 0; i--) {
                PointConditions mine = points.remove(in.readString());
                if (mine != null) {
                    mine.saved = PointConditions.Saved.GONE;
                }
            }
            for (int i = in.readCount(); i > 0; i--) {
                String code = in.readString();
                PointAlarmSettings s = settings.apply(code);
                PointConditions point = new PointConditions(s != null ? s : placeholder(code));
                point.read(in);
                PointConditions mine = s != null ? points.put(s.pointCode(), point) : points.remove(code);
                if (mine != null) {
                    mine.saved = PointConditions.Saved.GONE;
                }
            }
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException("alarm state unreadable", e);
        }
    }

    /** Forgets every point's state (a saved state that could not be read is rebuilt from the reading log). */
    public void clear() {
        points.clear();
        changed.clear();
        gone.clear();
    }

    private void readFormat1(DataInput in) throws IOException {
        points.clear();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String code = in.readUTF();
            PointAlarmSettings s = settings.apply(code);
            PointConditions point = new PointConditions(s != null ? s : placeholder(code));
            point.readFormat1(in);
            if (s != null) {
                points.put(s.pointCode(), point);
            }
        }
    }

    /** Reads past the state of a point that is gone. */
    private static PointAlarmSettings placeholder(String code) {
        return new PointAlarmSettings(code, "", null, null, null, null, 0, Duration.ZERO, Duration.ZERO, null,
                AlarmDefaults.FLATLINE_AFTER);
    }
}
