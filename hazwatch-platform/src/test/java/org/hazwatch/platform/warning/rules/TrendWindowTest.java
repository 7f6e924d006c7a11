package org.hazwatch.platform.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrendWindowTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00.123Z");

    @Test
    void keepsTheSamplesTimesToTheMillisecondSpacedByWindowOverCapacity() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(1), 4);
        window.add(T0, 1.0);
        window.add(T0.plusSeconds(5), 2.0);
        window.add(T0.plusMillis(15_001), 3.0);
        window.add(T0.plusSeconds(40), 4.0);
        window.add(T0.plusSeconds(55), 5.0);
        window.add(T0.plusSeconds(70), 6.0);

        assertThat(window.samples()).containsExactly(new Trend.Sample(T0.plusMillis(15_001), 3.0),
                new Trend.Sample(T0.plusSeconds(40), 4.0), new Trend.Sample(T0.plusSeconds(55), 5.0),
                new Trend.Sample(T0.plusSeconds(70), 6.0));
    }

    @Test
    void aPointHeardAgainAfterMonthsKeepsItsTimesExact() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(1), 3);
        window.add(T0, 1.0);
        window.add(T0.plus(Duration.ofDays(20)), 2.0);
        window.add(T0.plus(Duration.ofDays(40)), 3.0);
        window.add(T0.plus(Duration.ofDays(90)), 4.0);

        assertThat(window.samples()).containsExactly(new Trend.Sample(T0.plus(Duration.ofDays(90)), 4.0));
    }

    @Test
    void samplesWithinTwentyFourDaysOfTheNewestStayAcrossARebase() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(1), 3);
        window.add(T0, 1.0);
        window.add(T0.plus(Duration.ofDays(20)), 2.0);
        window.add(T0.plus(Duration.ofDays(30)), 3.0);

        assertThat(window.samples()).containsExactly(new Trend.Sample(T0.plus(Duration.ofDays(20)), 2.0),
                new Trend.Sample(T0.plus(Duration.ofDays(30)), 3.0));
    }

    @Test
    void growsAsSamplesComeAndThenKeepsTheNewestCapacityOnes() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(15), 60);
        assertThat(window.allocated()).isZero();
        window.add(T0, 0.0);
        assertThat(window.allocated()).isEqualTo(4);
        for (int i = 1; i < 10; i++) {
            window.add(T0.plusSeconds(15L * i), i);
        }
        assertThat(window.allocated()).isEqualTo(16);
        assertThat(window.samples()).hasSize(10);

        for (int i = 10; i < 150; i++) {
            window.add(T0.plusSeconds(15L * i), i);
        }
        assertThat(window.allocated()).isEqualTo(60);
        assertThat(window.samples()).hasSize(60);
        for (int k = 0; k < 60; k++) {
            assertThat(window.samples().get(k)).isEqualTo(new Trend.Sample(T0.plusSeconds(15L * (90 + k)), 90 + k));
        }
    }

    @Test
    void aFullRingDropsItsOldestSamplesInOrder() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(1), 6);
        for (int i = 0; i < 5; i++) {
            window.add(T0.plusSeconds(10L * i), i);
        }
        assertThat(window.allocated()).isEqualTo(6);
        for (int i = 5; i < 9; i++) {
            window.add(T0.plusSeconds(10L * i), i);
        }
        assertThat(window.samples()).extracting(Trend.Sample::value).containsExactly(3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
    }

    @Test
    void keepsAValueToSevenSignificantDigits() {
        TrendWindow window = new TrendWindow(Duration.ofMinutes(1), 4);
        window.add(T0, 2895.312);
        window.add(T0.plusSeconds(30), -0.0123456);

        assertThat(window.samples().get(0).value()).isCloseTo(2895.312, org.assertj.core.data.Offset.offset(3e-4));
        assertThat(window.samples().get(1).value()).isCloseTo(-0.0123456,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
