package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.junit.jupiter.api.Test;

class RepeatIntervalsTest {

    final RepeatIntervals defaults = new RepeatIntervals(RepeatIntervals.defaults());
    final Instant last = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void redIsRepeatedAfterFifteenMinutesOrangeThirtyYellowSixtyBlueNever() {
        assertThat(defaults.due(WarningLevel.RED, last, last.plus(Duration.ofMinutes(14)))).isFalse();
        assertThat(defaults.due(WarningLevel.RED, last, last.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(defaults.due(WarningLevel.ORANGE, last, last.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(defaults.due(WarningLevel.ORANGE, last, last.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(defaults.due(WarningLevel.YELLOW, last, last.plus(Duration.ofMinutes(60)))).isTrue();
        assertThat(defaults.due(WarningLevel.BLUE, last, last.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void aZeroIntervalSwitchesRepeatsOffForItsLevel() {
        RepeatIntervals quiet = new RepeatIntervals(Map.of(WarningLevel.RED, Duration.ZERO));
        assertThat(quiet.of(WarningLevel.RED)).isEmpty();
        assertThat(quiet.due(WarningLevel.RED, last, last.plus(Duration.ofHours(5)))).isFalse();
    }
}
