package org.hazwatch.platform.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingRulesTest {

    static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    final ReadingRules rules = new ReadingRules(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofDays(90));

    @Test
    void rejectsAReadingMoreThanFiveMinutesAhead() {
        assertThat(rules.judge(NOW.plusSeconds(301), 1, 0.0, 10.0, NOW))
                .isEqualTo(new ReadingRules.Rejected("time", "more than 5 minutes in the future"));
    }

    @Test
    void acceptsAReadingExactlyFiveMinutesAheadAsOnTime() {
        assertThat(rules.judge(NOW.plusSeconds(300), 1, 0.0, 10.0, NOW))
                .isEqualTo(new ReadingRules.Accepted(false, false));
    }

    @Test
    void marksAReadingArrivingMoreThanFiveMinutesAfterItsTimeAsLate() {
        assertThat(rules.judge(NOW.minusSeconds(301), 1, 0.0, 10.0, NOW))
                .isEqualTo(new ReadingRules.Accepted(false, true));
        assertThat(rules.judge(NOW.minusSeconds(300), 1, 0.0, 10.0, NOW))
                .isEqualTo(new ReadingRules.Accepted(false, false));
    }

    @Test
    void rejectsAReadingOlderThanTheRetentionOfRawReadings() {
        assertThat(rules.judge(NOW.minus(Duration.ofDays(91)), 1, 0.0, 10.0, NOW))
                .isEqualTo(new ReadingRules.Rejected("time", "older than the 90-day retention of raw readings"));
    }

    @Test
    void flagsValuesOutsideTheMeasuringRangeButKeepsTheEnds() {
        assertThat(rules.judge(NOW, 10.01, 0.0, 10.0, NOW)).isEqualTo(new ReadingRules.Accepted(true, false));
        assertThat(rules.judge(NOW, -0.5, 0.0, 10.0, NOW)).isEqualTo(new ReadingRules.Accepted(true, false));
        assertThat(rules.judge(NOW, 10.0, 0.0, 10.0, NOW)).isEqualTo(new ReadingRules.Accepted(false, false));
        assertThat(rules.judge(NOW, 0.0, 0.0, 10.0, NOW)).isEqualTo(new ReadingRules.Accepted(false, false));
    }

    @Test
    void checksNoRangeWhereNoneIsRegistered() {
        assertThat(rules.judge(NOW, 1e9, null, null, NOW)).isEqualTo(new ReadingRules.Accepted(false, false));
    }

    @Test
    void rejectsAnInfiniteValue() {
        assertThat(rules.judge(NOW, Double.POSITIVE_INFINITY, null, null, NOW))
                .isEqualTo(new ReadingRules.Rejected("value", "not a finite number"));
    }
}
