package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hazwatch.testing.Choices;
import org.hazwatch.testing.Gen;
import org.junit.jupiter.api.Test;

/**
 * The state machine's promises: chatter is held back by the deadband and the delays, and the episodes depend on the
 * readings alone — not on how they were batched, nor on a restart in the middle.
 */
class AlarmEnginePropertiesTest {

    static final String A = "14052500099001S0001WD001";
    static final String B = "14052500099001S0002YL001";
    static final Duration DELAY = Duration.ofSeconds(30);

    static Rig rig() {
        return Rig.of(Rig.point(A, 10.0, 20.0, 80.0, 90.0, 2.0, DELAY),
                Rig.point(B, null, 40.0, 60.0, null, 1.0, Duration.ZERO).withRatePerMinute(50.0));
    }

    @Test
    void raisesOfOneAlarmAreMoreThanTwiceTheDelayApartWhateverTheNoise() {
        forAll(NOISY_READINGS, readings -> {
            Rig rig = rig().feed(readings);

            for (AlarmKind kind : List.of(AlarmKind.LIMIT_HIGH, AlarmKind.LIMIT_LOW)) {
                List<Long> raises = rig.transitions.stream()
                        .filter(t -> t.key().pointCode().equals(A) && t.key().kind() == kind)
                        .filter(t -> t.kind() == TransitionKind.RAISED)
                        .map(t -> t.at().getEpochSecond()).toList();
                for (int i = 1; i < raises.size(); i++) {
                    assertThat(raises.get(i) - raises.get(i - 1)).isGreaterThan(2 * DELAY.getSeconds());
                }
            }
        });
    }

    @Test
    void onceRaisedASignalWanderingWithinTheDeadbandNeverClears() {
        forAll(c -> c.list(1, 200, v -> v.between(78.01, 100.0)), values -> {
            List<Sample> readings = new ArrayList<>();
            readings.add(Rig.at(A, 0, 85));
            readings.add(Rig.at(A, 30, 85));
            for (int i = 0; i < values.size(); i++) {
                readings.add(Rig.at(A, 40 + 7L * i, Math.min(values.get(i), 89.0)));
            }

            Rig rig = rig().feed(readings);

            assertThat(rig.kinds()).containsExactly(TransitionKind.RAISED);
        });
    }

    @Test
    void excursionsShorterThanTheOnDelayRaiseNothing() {
        forAll(AlarmEnginePropertiesTest::shortExcursions, readings -> {
            Rig rig = rig().feed(readings);

            assertThat(rig.transitions).noneMatch(t -> t.key().pointCode().equals(A) && t.key().kind().name()
                    .startsWith("LIMIT"));
        });
    }

    record Batching(List<Sample> readings, long seed) {
    }

    @Test
    void batchesOfAnySizeInAnyOrderGiveTheSameEpisodes() {
        forAll(c -> new Batching(NOISY_READINGS.draw(c), c.anyLong()), b -> {
            List<Sample> readings = b.readings();
            Rig whole = rig().feed(readings);

            Rig batched = rig();
            Random random = new Random(b.seed());
            for (int i = 0; i < readings.size(); ) {
                int size = 1 + random.nextInt(25);
                List<Sample> batch = new ArrayList<>(readings.subList(i, Math.min(readings.size(), i + size)));
                Collections.shuffle(batch, random);
                batched.feed(batch);
                i += size;
            }

            assertThat(batched.transitions).isEqualTo(whole.transitions);
            assertThat(batched.episodes()).isEqualTo(whole.episodes());
        });
    }

    record Restart(List<Sample> readings, int cut) {
    }

    @Test
    void aRestartInTheMiddleGivesTheSameEpisodesAsNone() {
        forAll(c -> new Restart(NOISY_READINGS.draw(c), c.between(0, 400)), r -> {
            List<Sample> readings = r.readings();
            Rig straight = rig().feed(readings);

            int at = Math.min(r.cut(), readings.size());
            Rig restarted = rig().feed(readings.subList(0, at)).restart()
                    .feed(readings.subList(at, readings.size()));

            assertThat(restarted.transitions).isEqualTo(straight.transitions);
            assertThat(restarted.episodes()).isEqualTo(straight.episodes());
        });
    }

    /** Two points, readings 1–20 s apart in time order, values wandering across every limit. */
    static final Gen<List<Sample>> NOISY_READINGS = c -> samples(c.list(0, 400, s -> new Step(s.between(1, 20),
            s.anyOf(v -> v.between(0.0, 100.0), v -> v.between(76.0, 94.0), v -> v.between(6.0, 24.0)),
            s.oneOf(true, true, false), s.oneIn(31))));

    /** Point A hovering around H: every stay above it is shorter than the on-delay. */
    static List<Sample> shortExcursions(Choices c) {
        List<Sample> samples = new ArrayList<>();
        long t = 0;
        for (int[] run : c.list(0, 60, r -> new int[] {r.between(0, 3), r.between(1, 3)})) {
            for (int i = 0; i < run[0]; i++) {
                samples.add(Rig.at(A, t, 95));
                t += 9;
            }
            for (int i = 0; i < run[1]; i++) {
                samples.add(Rig.at(A, t, 79.5));
                t += 9;
            }
        }
        return samples;
    }

    record Step(int gap, double value, boolean pointA, boolean bad) {
    }

    private static List<Sample> samples(List<Step> steps) {
        List<Sample> samples = new ArrayList<>();
        long t = 0;
        for (Step s : steps) {
            t += s.gap();
            samples.add(new Sample(s.pointA() ? A : B, Rig.T0.plusSeconds(t), s.value(),
                    s.bad() ? SampleQuality.BAD : SampleQuality.USABLE, false));
        }
        return samples;
    }
}
