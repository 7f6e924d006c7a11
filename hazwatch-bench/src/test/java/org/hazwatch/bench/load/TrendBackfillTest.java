package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrendBackfillTest {

    @Test
    void thirtyDaysEndingInTheMorningTouchThirtyOneUtcDays() {
        assertThat(TrendBackfill.days(Instant.parse("2026-11-06T03:00:00Z"), Instant.parse("2026-12-06T03:00:00Z")))
                .hasSize(31).startsWith(LocalDate.parse("2026-11-06")).endsWith(LocalDate.parse("2026-12-06"));
    }

    @Test
    void aBackfillEndingAtMidnightDoesNotTouchTheNextDay() {
        assertThat(TrendBackfill.days(Instant.parse("2026-12-04T00:00:00Z"), Instant.parse("2026-12-06T00:00:00Z")))
                .containsExactly(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-05"));
    }

    @Test
    void valuesStayBelowTheHighLimit() {
        for (long s = 0; s < 86_400; s += 97) {
            assertThat(TrendBackfill.value(0, s)).isLessThan(ProvinceLayout.limitH(0))
                    .isGreaterThan(ProvinceLayout.range(0).low());
        }
    }
}
