package org.hazwatch.platform.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hazwatch.platform.alarm.rules.Severity;
import org.junit.jupiter.api.Test;

class TrendTest {

    static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");
    static final Trend.Settings SETTINGS = Trend.Settings.defaults();

    /** A point with only the shutdown limits. */
    static Trend.Limits limits(Double hh, Double ll) {
        return new Trend.Limits("P", "压力", "MPa", ll, null, null, hh);
    }

    /** {@code n} samples every {@code every}, the last one at {@link #NOW}, on the line {@code start + slope·min}. */
    static List<Trend.Sample> ramp(int n, Duration every, double start, double slopePerMinute) {
        List<Trend.Sample> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant at = NOW.minus(every.multipliedBy(n - 1 - i));
            samples.add(new Trend.Sample(at, start + slopePerMinute * Trend.minutes(samples.isEmpty() ? at
                    : samples.get(0).at(), at)));
        }
        return samples;
    }

    record Ramp(double slope, int minutesToGo) {
    }

    @Test
    void aLinearRampGivesTheTimeToCrossingOfItsLine() {
        forAll(c -> new Ramp(c.between(0.01, 5.0), c.between(1, 29)), r -> {
            List<Trend.Sample> samples = ramp(60, Duration.ofSeconds(10), 0, r.slope());
            double last = samples.get(samples.size() - 1).value();
            double hh = last + r.slope() * r.minutesToGo();

            Prediction p = Trend.predict(limits(hh, null), samples, NOW, SETTINGS).orElseThrow();

            assertThat(p.toCrossing().toMillis() / 60_000.0).isCloseTo(r.minutesToGo(), within(0.01));
            assertThat(p.slopePerMinute()).isCloseTo(r.slope(), within(r.slope() * 1e-9));
            assertThat(p.high()).isTrue();
        });
    }

    record Outliers(int seed, double spike) {
    }

    @Test
    void aFewOutliersHardlyMoveTheTheilSenSlope() {
        forAll(c -> new Outliers(c.between(0, 1000), c.between(50.0, 1000.0)), o -> {
            List<Trend.Sample> samples = new ArrayList<>(ramp(60, Duration.ofSeconds(10), 1.0, 0.1));
            Random random = new Random(o.seed());
            for (int k = 0; k < 6; k++) {
                int i = random.nextInt(samples.size());
                samples.set(i, new Trend.Sample(samples.get(i).at(), samples.get(i).value() + o.spike()));
            }
            assertThat(Trend.fit(samples).orElseThrow().slopePerMinute()).isCloseTo(0.1, within(0.02));
        });
    }

    @Test
    void aFallingTrendPredictsTheLowLowCrossing() {
        List<Trend.Sample> samples = ramp(30, Duration.ofSeconds(10), 5.0, -0.2);
        Prediction p = Trend.predict(limits(9.0, 3.0), samples, NOW, SETTINGS).orElseThrow();
        assertThat(p.high()).isFalse();
        assertThat(p.toCrossing()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(6));
    }

    @Test
    void noPredictionBeyondTheHorizonAgainstTheTrendOrPastTheLimit() {
        List<Trend.Sample> slow = ramp(30, Duration.ofSeconds(10), 0, 0.01);
        assertThat(Trend.predict(limits(1.0, null), slow, NOW, SETTINGS)).as("95 minutes away").isEmpty();
        List<Trend.Sample> rising = ramp(30, Duration.ofSeconds(10), 0, 0.1);
        assertThat(Trend.predict(limits(null, -1.0), rising, NOW, SETTINGS)).as("rising, only LL").isEmpty();
        assertThat(Trend.predict(limits(0.2, null), rising, NOW, SETTINGS)).as("already beyond HH").isEmpty();
    }

    @Test
    void tooFewTooShortStaleOrNoisySamplesPredictNothing() {
        List<Trend.Sample> rising = ramp(30, Duration.ofSeconds(10), 0, 0.1);
        assertThat(Trend.predict(limits(2.0, null), rising.subList(25, 30), NOW, SETTINGS)).isEmpty();
        assertThat(Trend.predict(limits(2.0, null), ramp(10, Duration.ofSeconds(5), 0, 0.1), NOW, SETTINGS))
                .as("45 s of readings").isEmpty();
        assertThat(Trend.predict(limits(2.0, null), rising, NOW.plus(Duration.ofMinutes(6)), SETTINGS))
                .as("last reading 6 minutes old").isEmpty();
        List<Trend.Sample> noise = new ArrayList<>();
        Random random = new Random(7);
        for (Trend.Sample s : ramp(60, Duration.ofSeconds(10), 1, 0.002)) {
            noise.add(new Trend.Sample(s.at(), s.value() + random.nextGaussian() * 0.2));
        }
        assertThat(Trend.predict(limits(1.5, null), noise, NOW, SETTINGS)).as("noise about a flat line")
                .isEmpty();
        assertThat(Trend.predict(limits(2.0, null), rising, NOW, SETTINGS)).isPresent();
    }

    @Test
    void aRiseInsideTheNormalBandCountsOnlyOnceBeyondTheOperatingLimit() {
        List<Trend.Sample> rising = ramp(30, Duration.ofSeconds(10), 0, 0.1);
        Trend.Limits below = new Trend.Limits("P", "压力", "MPa", null, null, 0.5, 2.0);
        Trend.Limits beyond = new Trend.Limits("P", "压力", "MPa", null, null, 0.4, 2.0);
        assertThat(Trend.predict(below, rising, NOW, SETTINGS)).as("0.48 below H 0.5").isEmpty();
        assertThat(Trend.predict(beyond, rising, NOW, SETTINGS)).as("0.48 beyond H 0.4").isPresent();
        List<Trend.Sample> falling = ramp(30, Duration.ofSeconds(10), 5.0, -0.2);
        assertThat(Trend.predict(new Trend.Limits("P", "液位", "m", 3.0, 4.5, 8.0, 9.0), falling, NOW, SETTINGS))
                .as("4.03 below L 4.5").isPresent();
        assertThat(Trend.predict(new Trend.Limits("P", "液位", "m", 3.0, 4.0, 8.0, 9.0), falling, NOW, SETTINGS))
                .as("4.03 above L 4.0").isEmpty();
    }

    @Test
    void insideTheBandASlowClimbOverHoursIsAPredictedCrossingOfH() {
        Trend.Settings operating = Trend.Settings.operatingDefaults();
        Trend.Limits band = new Trend.Limits("P", "压力", "kPa", null, 20.0, 80.0, 90.0);
        // 0.1 kPa a minute for two hours, 45 minutes short of H at NOW
        List<Trend.Sample> climb = ramp(121, Duration.ofMinutes(1), 80 - 4.5 - 12, 0.1);
        Prediction p = Trend.predictOperating(band, climb, NOW, operating).orElseThrow();
        assertThat(p.target()).isEqualTo(Severity.H);
        assertThat(p.shutdown()).isFalse();
        assertThat(p.toCrossing().toSeconds()).isCloseTo(45 * 60, within(5L));
        assertThat(Trend.predict(band, climb, NOW, SETTINGS)).as("below H: no shutdown-limit crossing").isEmpty();

        assertThat(Trend.predictOperating(band, ramp(121, Duration.ofMinutes(1), 80 - 9 - 12, 0.1), NOW, operating))
                .as("90 minutes away, beyond the hour").isEmpty();
        assertThat(Trend.predictOperating(band, climb.subList(90, 121), NOW, operating))
                .as("half an hour of readings says nothing over hours").isEmpty();
        assertThat(Trend.predictOperating(band, ramp(121, Duration.ofMinutes(1), 81 - 12, 0.1), NOW, operating))
                .as("already beyond H").isEmpty();
        assertThat(Trend.predictOperating(band, ramp(121, Duration.ofMinutes(1), 20 + 4.5 + 12, -0.1), NOW,
                operating)).get().extracting(Prediction::target).isEqualTo(Severity.L);

        Random random = new Random(18);
        List<Trend.Sample> swings = new ArrayList<>();
        for (int i = 0; i <= 120; i++) {
            // a process swinging ±3 kPa about 74 kPa every 20 minutes, with noise
            swings.add(new Trend.Sample(NOW.minus(Duration.ofMinutes(120 - i)),
                    74 + 3 * Math.sin(i * 2 * Math.PI / 20) + random.nextGaussian() * 0.5));
        }
        assertThat(Trend.predictOperating(band, swings, NOW, operating)).as("swings are no climb").isEmpty();
    }

    @Test
    void theWindowKeepsBoundedSpacedSamplesInOrder() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(15), 120);
        for (int i = 0; i < 2000; i++) {
            window.add(NOW.plusSeconds(i), i);
        }
        window.add(NOW, -1);
        List<Trend.Sample> samples = window.samples();
        assertThat(samples).hasSize(120);
        assertThat(samples.get(119).value()).isGreaterThan(1990);
        assertThat(Duration.between(samples.get(0).at(), samples.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(7500));
        assertThat(samples).noneMatch(s -> s.value() < 0);
    }
}
