package org.hazwatch.platform.telemetry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SeriesPlanTest {

    static final Instant FROM = Instant.parse("2026-11-30T08:07:13.250Z");

    @Test
    void answersAnHourIn500BucketsFromRawReadings() {
        SeriesPlan plan = SeriesPlan.of(FROM, FROM.plus(Duration.ofHours(1)), 500);
        assertThat(plan.source()).isEqualTo(SeriesPlan.Source.RAW);
        assertThat(plan.bucket()).isEqualTo(Duration.ofSeconds(8));
        assertThat(plan.from()).isEqualTo(Instant.parse("2026-11-30T08:07:13Z"));
    }

    @Test
    void answersADayIn500BucketsFromMinuteRollupsAlignedToTheMinute() {
        SeriesPlan plan = SeriesPlan.of(FROM, FROM.plus(Duration.ofDays(1)), 500);
        assertThat(plan.source()).isEqualTo(SeriesPlan.Source.MINUTE);
        assertThat(plan.bucket()).isEqualTo(Duration.ofMinutes(3));
        assertThat(plan.from()).isEqualTo(Instant.parse("2026-11-30T08:07:00Z"));
    }

    @Test
    void answersAYearFromHourRollups() {
        SeriesPlan plan = SeriesPlan.of(FROM, FROM.plus(Duration.ofDays(365)), 1000);
        assertThat(plan.source()).isEqualTo(SeriesPlan.Source.HOUR);
        assertThat(plan.bucket()).isEqualTo(Duration.ofHours(9));
        assertThat(plan.from()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    }

    @Test
    void refusesAnEmptySpanAndAnImpossibleNumberOfPoints() {
        assertThatThrownBy(() -> SeriesPlan.of(FROM, FROM, 10)).hasMessage("from must be before to");
        assertThatThrownBy(() -> SeriesPlan.of(FROM, FROM.plusSeconds(1), 0)).hasMessageStartingWith("maxPoints");
    }

    @Property
    void neverAnswersMoreBucketsThanAskedAndNeverSplitsASourceBucket(
            @ForAll @LongRange(min = 1, max = 400L * 24 * 3600 * 1000) long spanMillis,
            @ForAll @IntRange(min = 1, max = SeriesPlan.MAX_POINTS) int maxPoints,
            @ForAll @LongRange(min = 0, max = 3_600_000) long offsetMillis) {
        Instant from = FROM.plusMillis(offsetMillis);
        SeriesPlan plan = SeriesPlan.of(from, from.plusMillis(spanMillis), maxPoints);

        assertThat(plan.buckets()).isBetween(1L, (long) maxPoints);
        Duration resolution = switch (plan.source()) {
            case RAW -> Duration.ofSeconds(1);
            case MINUTE -> Duration.ofMinutes(1);
            case HOUR -> Duration.ofHours(1);
        };
        assertThat(plan.bucket().toMillis() % resolution.toMillis()).isZero();
        assertThat(plan.from().toEpochMilli() % resolution.toMillis()).isZero();
        assertThat(plan.from()).isBeforeOrEqualTo(from);
    }
}
