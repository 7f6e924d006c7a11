package org.hazwatch.platform.telemetry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.time.Duration;
import java.time.Instant;
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
    void answersThirtyDaysIn1000BucketsFromTenMinuteRollupsAlignedToTenMinutes() {
        SeriesPlan plan = SeriesPlan.of(FROM, FROM.plus(Duration.ofDays(30)), 1000);
        assertThat(plan.source()).isEqualTo(SeriesPlan.Source.TEN_MINUTE);
        assertThat(plan.bucket()).as("43.2 minutes rounded up to the step").isEqualTo(Duration.ofMinutes(50));
        assertThat(plan.from()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(plan.buckets()).isEqualTo(865);
        assertThat(plan.wholeStepsEnd()).isEqualTo(Instant.parse("2026-12-30T08:00:00Z"));
    }

    @Test
    void takesTheFinerSourceWhenTheCoarseStepWouldCostMoreThanAFifthOfTheBuckets() {
        SeriesPlan week = SeriesPlan.of(FROM, FROM.plus(Duration.ofDays(7)), 1000);
        assertThat(week.source()).as("10.08 minutes would become 20").isEqualTo(SeriesPlan.Source.MINUTE);
        assertThat(week.bucket()).isEqualTo(Duration.ofMinutes(11));

        SeriesPlan longer = SeriesPlan.of(FROM, FROM.plus(Duration.ofHours(110)), 100);
        assertThat(longer.source()).as("66 minutes would become 2 hours").isEqualTo(SeriesPlan.Source.TEN_MINUTE);
        assertThat(longer.bucket()).isEqualTo(Duration.ofMinutes(70));
    }

    @Test
    void takesTheMinuteRollupsForAnyBucketOfAMinuteOrMoreHoweverTheyRound() {
        SeriesPlan plan = SeriesPlan.of(FROM, FROM.plus(Duration.ofMinutes(121)), 120);
        assertThat(plan.source()).isEqualTo(SeriesPlan.Source.MINUTE);
        assertThat(plan.bucket()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aSpanEndingInsideAStepEndsItsWholeRowsAtThatStep() {
        SeriesPlan plan = SeriesPlan.of(FROM, FROM.plus(Duration.ofDays(30)).plusSeconds(300), 1000);
        assertThat(plan.to()).isEqualTo(Instant.parse("2026-12-30T08:12:13.250Z"));
        assertThat(plan.wholeStepsEnd()).isEqualTo(Instant.parse("2026-12-30T08:10:00Z"));
    }

    @Test
    void aPointThatHasOnlyItsMinutesIsAnsweredInWholeMinutesFromTheMinuteStart() {
        SeriesPlan raw = SeriesPlan.of(FROM.plusSeconds(17), FROM.plus(Duration.ofMinutes(5)), 600);
        SeriesPlan minutes = raw.atLeastMinutes();
        assertThat(raw.source()).isEqualTo(SeriesPlan.Source.RAW);
        assertThat(minutes.source()).isEqualTo(SeriesPlan.Source.MINUTE);
        assertThat(minutes.from()).isEqualTo(FROM.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        assertThat(minutes.bucket()).isEqualTo(Duration.ofMinutes(1));
        SeriesPlan day = SeriesPlan.of(FROM, FROM.plus(Duration.ofDays(1)), 500);
        assertThat(day.atLeastMinutes()).as("already minutes").isSameAs(day);
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

    record Span(long spanMillis, int maxPoints, long offsetMillis) {
    }

    @Test
    void neverAnswersMoreBucketsThanAskedAndNeverSplitsASourceBucket() {
        forAll(c -> new Span(c.between(1, 400L * 24 * 3600 * 1000), c.between(1, SeriesPlan.MAX_POINTS),
                c.between(0, 3_600_000L)), span -> {
            Instant from = FROM.plusMillis(span.offsetMillis());
            SeriesPlan plan = SeriesPlan.of(from, from.plusMillis(span.spanMillis()), span.maxPoints());

            assertThat(plan.buckets()).isBetween(1L, (long) span.maxPoints());
            Duration resolution = plan.source().step();
            assertThat(plan.bucket().toMillis() % resolution.toMillis()).isZero();
            assertThat(plan.from().toEpochMilli() % resolution.toMillis()).isZero();
            assertThat(plan.from()).isBeforeOrEqualTo(from);
            assertThat(plan.wholeStepsEnd()).isBetween(plan.from(), plan.to());
            assertThat(plan.wholeStepsEnd().toEpochMilli() % resolution.toMillis()).isZero();
            long needed = (span.spanMillis() + span.maxPoints() - 1) / span.maxPoints();
            if (needed >= 60_000) {
                assertThat(plan.source()).isNotEqualTo(SeriesPlan.Source.RAW);
            }
            if (plan.source() == SeriesPlan.Source.TEN_MINUTE || plan.source() == SeriesPlan.Source.HOUR) {
                assertThat(plan.bucket().toMillis()).isLessThanOrEqualTo((long) (needed * 1.25));
            }
        });
    }
}
