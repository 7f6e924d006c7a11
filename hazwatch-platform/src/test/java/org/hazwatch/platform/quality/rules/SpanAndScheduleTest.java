package org.hazwatch.platform.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class SpanAndScheduleTest {

    static final ZoneId BEIJING = BeijingTime.ZONE;

    static Instant at(String t) {
        return Instant.parse("2026-12-05T" + t + ":00Z");
    }

    @Test
    void aSpanLessFiledSpans() {
        Span day = new Span(at("00:00"), at("10:00"));
        assertThat(day.minus(List.of(new Span(at("08:00"), at("12:00")), new Span(at("02:00"), at("03:00")),
                new Span(at("02:30"), at("04:00"))))).containsExactly(new Span(at("00:00"), at("02:00")),
                new Span(at("04:00"), at("08:00")));
        assertThat(day.minus(List.of())).containsExactly(day);
        assertThat(day.minus(List.of(new Span(at("00:00"), at("11:00"))))).isEmpty();
        assertThat(Span.total(day.minus(List.of(new Span(at("01:00"), at("02:00")))))).hasHours(9);
    }

    @Test
    void yesterdayIsDueFromHalfPastMidnightOnce() {
        LocalTime half = LocalTime.of(0, 30);
        // 2026-12-06 00:29 in Beijing is 12-05 16:29 UTC
        assertThat(DailyRun.due(at("16:29"), BEIJING, half, null)).isEmpty();
        assertThat(DailyRun.due(at("16:30"), BEIJING, half, LocalDate.of(2026, 12, 3)))
                .contains(LocalDate.of(2026, 12, 5));
        assertThat(DailyRun.due(at("23:00"), BEIJING, half, LocalDate.of(2026, 12, 5))).isEmpty();
        assertThat(DailyRun.due(at("23:00"), BEIJING, half, null)).contains(LocalDate.of(2026, 12, 5));
    }
}
