package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * The engine's state saved as a whole image and then only the points changed (issue 17): read back in the order
 * written, it is the state the engine was in — every point's conditions, delays pending, deadband, rate and flatline
 * — and the engine restored from it goes on exactly as the one that never stopped.
 */
class IncrementalStateTest {

    static final String A = "14052500099001S0001WD001";
    static final String B = "14052500099001S0002YL001";
    static final String C = "14052500099001S0003LL001";
    static final List<String> POINTS = List.of(A, B, C);
    static final Duration DELAY = Duration.ofSeconds(30);

    /** A reading of point {@code point} {@code gap} seconds after the one before; or a save; or C (un)registered. */
    record Step(int kind, int point, int gap, double value, boolean bad, boolean whole) {
    }

    static final Gen<Step> STEP = c -> c.anyOf(
            s -> new Step(0, s.between(0, 2), s.between(1, 20), s.anyOf(v -> v.between(0.0, 100.0),
                    v -> v.between(76.0, 94.0), v -> v.between(6.0, 24.0), v -> 50.0), false, false),
            s -> new Step(0, s.between(0, 2), s.between(1, 20), 50.0, s.oneIn(2), false),
            s -> new Step(1, 0, 0, 0, false, s.oneIn(5)),
            s -> new Step(2, 0, 0, 0, false, false));

    @Test
    void anEngineRestoredFromTheNewestWholeImageAndTheChangesAfterItIsTheEngineThatRan() {
        forAll(300, c -> c.list(0, 300, STEP), steps -> {
            Map<String, PointAlarmSettings> settings = settings();
            ConditionEngine live = new ConditionEngine(settings::get);
            List<byte[]> saved = new ArrayList<>();
            List<ConditionChange> ignored = new ArrayList<>();
            long t = 0;
            int cut = steps.size() / 2;
            for (Step step : steps.subList(0, cut)) {
                t = play(step, t, live, settings, ignored, saved);
            }
            save(live, saved.isEmpty(), saved);

            Map<String, PointAlarmSettings> restoredSettings = new HashMap<>(settings);
            ConditionEngine restored = new ConditionEngine(restoredSettings::get);
            for (byte[] image : saved) {
                apply(restored, image);
            }

            assertThat(restored.pointCount()).isEqualTo(live.pointCount());
            for (String point : POINTS) {
                assertThat(restored.stateOf(point)).as(point).isEqualTo(live.stateOf(point));
            }
            List<ConditionChange> fromLive = new ArrayList<>();
            List<ConditionChange> fromRestored = new ArrayList<>();
            long tRestored = t;
            for (Step step : steps.subList(cut, steps.size())) {
                t = play(step, t, live, settings, fromLive, new ArrayList<>());
                tRestored = play(step, tRestored, restored, restoredSettings, fromRestored, new ArrayList<>());
            }
            assertThat(fromRestored).isEqualTo(fromLive);
        });
    }

    @Test
    void changesNameOnlyThePointsThatChangedSinceTheLastSave() {
        Map<String, PointAlarmSettings> settings = settings();
        ConditionEngine engine = new ConditionEngine(settings::get);
        for (String point : POINTS) {
            engine.evaluate(Rig.at(point, 1, 50), change -> { });
        }
        byte[] whole = engine.image();
        engine.evaluate(Rig.at(B, 2, 51), change -> { });

        assertThat(engine.changedCount()).isEqualTo(1);
        byte[] changes = engine.changes();
        assertThat(changes.length).isLessThan(whole.length / 2);
        assertThat(engine.changedCount()).isZero();

        ConditionEngine restored = new ConditionEngine(settings::get);
        apply(restored, whole);
        assertThat(restored.stateOf(B)).isNotEqualTo(engine.stateOf(B));
        apply(restored, changes);
        assertThat(restored.stateOf(B)).isEqualTo(engine.stateOf(B));
    }

    @Test
    void aPointWithoutARateLimitSavesNoRateBand() {
        Map<String, PointAlarmSettings> settings = settings();
        ConditionEngine engine = new ConditionEngine(settings::get);
        engine.evaluate(Rig.at(A, 1, 50), change -> { });
        engine.evaluate(Rig.at(B, 1, 50), change -> { });

        // B has a rate limit and an active band's worth more bytes; A none
        assertThat(engine.stateOf(A).length).isLessThan(engine.stateOf(B).length);
    }

    @Test
    void aStateWrittenInTheFormerFormatIsReadBack() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeInt(1);
        out.writeUTF(A);
        for (int band = 0; band < 3; band++) {
            out.writeByte(band == 0 ? 1 : 0);
            long none = Long.MIN_VALUE;
            long since = Rig.T0.getEpochSecond() * 1_000_000;
            out.writeLong(band == 0 ? since : none);
            out.writeLong(band == 0 ? none : since);
            out.writeLong(none);
            out.writeLong(since);
            out.writeDouble(band == 0 ? 85.0 : Double.NaN);
        }
        long last = Rig.T0.plusSeconds(40).getEpochSecond() * 1_000_000;
        out.writeLong(last);
        out.writeLong(last);
        out.writeDouble(85.0);
        out.writeLong(last);
        out.writeBoolean(false);
        out.writeBoolean(false);

        Map<String, PointAlarmSettings> settings = settings();
        ConditionEngine engine = new ConditionEngine(settings::get);
        engine.apply(bytes.toByteArray());

        assertThat(engine.evaluatedThrough(A)).isEqualTo(Rig.T0.plusSeconds(40));
        List<ConditionChange> changes = new ArrayList<>();
        engine.evaluate(Rig.at(A, 50, 50), changes::add);
        engine.evaluate(Rig.at(A, 90, 50), changes::add);
        // H was active (level 1): back below it for the off-delay, it clears
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(Severity.H);
            assertThat(c.to()).isNull();
        });
    }

    @Test
    void aTruncatedImageIsRefused() {
        Map<String, PointAlarmSettings> settings = settings();
        ConditionEngine engine = new ConditionEngine(settings::get);
        engine.evaluate(Rig.at(A, 1, 50), change -> { });
        byte[] image = engine.image();

        assertThatThrownBy(() -> new ConditionEngine(settings::get).apply(Arrays.copyOf(image, image.length - 3)))
                .isInstanceOf(IOException.class);
    }

    private static Map<String, PointAlarmSettings> settings() {
        Map<String, PointAlarmSettings> settings = new HashMap<>();
        settings.put(A, Rig.point(A, 10.0, 20.0, 80.0, 90.0, 2.0, DELAY));
        settings.put(B, Rig.point(B, null, 40.0, 60.0, null, 1.0, Duration.ZERO).withRatePerMinute(50.0));
        settings.put(C, Rig.point(C, 5.0, null, null, 95.0, 0.5, Duration.ofSeconds(10)));
        return settings;
    }

    private static long play(Step step, long t, ConditionEngine engine, Map<String, PointAlarmSettings> settings,
                             List<ConditionChange> changes, List<byte[]> saved) {
        switch (step.kind()) {
            case 0 -> {
                t += step.gap();
                engine.evaluate(new Sample(POINTS.get(step.point()), Rig.T0.plusSeconds(t), step.value(),
                        step.bad() ? SampleQuality.BAD : SampleQuality.USABLE, false), changes::add);
            }
            case 1 -> save(engine, step.whole() || saved.isEmpty(), saved);
            default -> {
                if (settings.remove(C) == null) {
                    settings.put(C, Rig.point(C, 5.0, null, null, 95.0, 0.5, Duration.ofSeconds(10)));
                }
                engine.reconfigure(C);
            }
        }
        return t;
    }

    private static void save(ConditionEngine engine, boolean whole, List<byte[]> saved) {
        if (whole) {
            saved.clear();
            saved.add(engine.image());
        } else {
            saved.add(engine.changes());
        }
    }

    private static void apply(ConditionEngine engine, byte[] image) {
        try {
            engine.apply(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
