package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The state machine's promises: chatter is held back by the deadband and the delays, and the episodes depend on the
 * readings alone — not on how they were batched, nor on a restart in the middle.
 */
class AlarmEngineProperties {

    static final String A = "14052500099001S0001WD001";
    static final String B = "14052500099001S0002YL001";
    static final Duration DELAY = Duration.ofSeconds(30);

    static Rig rig() {
        return Rig.of(Rig.point(A, 10.0, 20.0, 80.0, 90.0, 2.0, DELAY),
                Rig.point(B, null, 40.0, 60.0, null, 1.0, Duration.ZERO).withRatePerMinute(50.0));
    }

    @Property
    void raisesOfOneAlarmAreMoreThanTwiceTheDelayApartWhateverTheNoise(
            @ForAll("noisyReadings") List<Sample> readings) {
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
    }

    @Property
    void onceRaisedASignalWanderingWithinTheDeadbandNeverClears(
            @ForAll @Size(min = 1, max = 200) List<@net.jqwik.api.constraints.DoubleRange(min = 78.01, max = 100)
                    Double> values) {
        List<Sample> readings = new ArrayList<>();
        readings.add(Rig.at(A, 0, 85));
        readings.add(Rig.at(A, 30, 85));
        for (int i = 0; i < values.size(); i++) {
            readings.add(Rig.at(A, 40 + 7L * i, Math.min(values.get(i), 89.0)));
        }

        Rig rig = rig().feed(readings);

        assertThat(rig.kinds()).containsExactly(TransitionKind.RAISED);
    }

    @Property
    void excursionsShorterThanTheOnDelayRaiseNothing(@ForAll("shortExcursions") List<Sample> readings) {
        Rig rig = rig().feed(readings);

        assertThat(rig.transitions).noneMatch(t -> t.key().pointCode().equals(A) && t.key().kind().name()
                .startsWith("LIMIT"));
    }

    @Property
    void batchesOfAnySizeInAnyOrderGiveTheSameEpisodes(@ForAll("noisyReadings") List<Sample> readings,
                                                        @ForAll long seed) {
        Rig whole = rig().feed(readings);

        Rig batched = rig();
        Random random = new Random(seed);
        for (int i = 0; i < readings.size(); ) {
            int size = 1 + random.nextInt(25);
            List<Sample> batch = new ArrayList<>(readings.subList(i, Math.min(readings.size(), i + size)));
            Collections.shuffle(batch, random);
            batched.feed(batch);
            i += size;
        }

        assertThat(batched.transitions).isEqualTo(whole.transitions);
        assertThat(batched.episodes()).isEqualTo(whole.episodes());
    }

    @Property
    void aRestartInTheMiddleGivesTheSameEpisodesAsNone(@ForAll("noisyReadings") List<Sample> readings,
                                                      @ForAll @IntRange(min = 0, max = 400) int cut) {
        Rig straight = rig().feed(readings);

        int at = Math.min(cut, readings.size());
        Rig restarted = rig().feed(readings.subList(0, at)).restart().feed(readings.subList(at, readings.size()));

        assertThat(restarted.transitions).isEqualTo(straight.transitions);
        assertThat(restarted.episodes()).isEqualTo(straight.episodes());
    }

    /** Two points, readings 1–20 s apart in time order, values wandering across every limit. */
    @Provide
    Arbitrary<List<Sample>> noisyReadings() {
        Arbitrary<Integer> gaps = Arbitraries.integers().between(1, 20);
        Arbitrary<Double> values = Arbitraries.oneOf(Arbitraries.doubles().between(0, 100),
                Arbitraries.doubles().between(76, 94), Arbitraries.doubles().between(6, 24));
        Arbitrary<Boolean> pointA = Arbitraries.of(true, true, false);
        Arbitrary<Boolean> bad = Arbitraries.integers().between(0, 30).map(n -> n == 0);
        return Combinators.combine(gaps, values, pointA, bad).as(Step::new).list().ofMaxSize(400)
                .map(AlarmEngineProperties::samples);
    }

    /** Point A hovering around H: every stay above it is shorter than the on-delay. */
    @Provide
    Arbitrary<List<Sample>> shortExcursions() {
        Arbitrary<Integer> above = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> below = Arbitraries.integers().between(1, 3);
        return Combinators.combine(above, below).as((up, down) -> new int[] {up, down}).list().ofMaxSize(60)
                .map(runs -> {
                    List<Sample> samples = new ArrayList<>();
                    long t = 0;
                    for (int[] run : runs) {
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
                });
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
