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
}
