package org.hazwatch.platform.alarm.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A condition engine and an alarm board wired as the platform wires them, recording what they produce. */
final class Rig {

    static final String ENTERPRISE = "14052500099";
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    final Function<String, PointAlarmSettings> settings;
    final Covers covers = new Covers();
    ConditionEngine engine;
    AlarmBoard board = new AlarmBoard();
    final List<Transition> transitions = new ArrayList<>();
    final Map<UUID, Episode> episodes = new LinkedHashMap<>();

    Rig(Function<String, PointAlarmSettings> settings) {
        this.settings = settings;
        this.engine = new ConditionEngine(settings);
    }

    static Rig of(PointAlarmSettings... points) {
        Map<String, PointAlarmSettings> byCode = new LinkedHashMap<>();
        for (PointAlarmSettings p : points) {
            byCode.put(p.pointCode(), p);
        }
        return new Rig(byCode::get);
    }

    /** A temperature-like point with the given limits (null = none), deadband and one delay for both ways. */
    static PointAlarmSettings point(String code, Double ll, Double l, Double h, Double hh, double deadband,
                                    Duration delay) {
        return new PointAlarmSettings(code, ENTERPRISE, ll, l, h, hh, deadband, delay, delay, null,
                AlarmDefaults.FLATLINE_AFTER);
    }

    static Sample at(String point, long seconds, double value) {
        return new Sample(point, T0.plusSeconds(seconds), value, SampleQuality.USABLE, false);
    }

    Rig feed(Sample... samples) {
        return feed(List.of(samples));
    }

    Rig feed(List<Sample> batch) {
        engine.evaluateAll(batch, change -> board.apply(change, covers.at(change.key(), change.at())));
        collect();
        return this;
    }

    void collect() {
        AlarmBoard.Changes changes = board.drain();
        transitions.addAll(changes.transitions());
        changes.episodes().forEach(e -> episodes.put(e.id(), e));
    }

    /** Throws the memory away and brings it back from what a restart has: the engine's state and the open episodes. */
    Rig restart() {
        try {
            byte[] image = engine.image();
            engine = new ConditionEngine(settings);
            engine.apply(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Episode> open = List.copyOf(board.openEpisodes());
        board = new AlarmBoard();
        board.restore(open);
        return this;
    }

    List<Episode> episodes() {
        return List.copyOf(episodes.values());
    }

    List<TransitionKind> kinds() {
        return transitions.stream().map(Transition::kind).toList();
    }
}
