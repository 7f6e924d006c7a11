package org.hazwatch.platform.inspection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class PatrolScheduleTest {

    private final PatrolSchedule schedule = PatrolSchedule.defaults(BeijingTime.ZONE);
    private final LocalDate day = LocalDate.of(2026, 3, 2);

    @Test
    void theRoundsEndAtNoonAndSixLocal() {
        assertThat(schedule.deadline(day, PatrolRound.AFTERNOON)).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(schedule.roundAt(Instant.parse("2026-03-02T03:59:00Z"))).isEqualTo(PatrolRound.MORNING);
        assertThat(schedule.roundAt(Instant.parse("2026-03-02T04:00:00Z"))).isEqualTo(PatrolRound.AFTERNOON);
    }

    @Test
    void atSixBothRoundsArePastTheirDeadline() {
        assertThat(schedule.pastDeadline(day, Instant.parse("2026-03-02T09:59:59Z")))
                .containsExactly(PatrolRound.MORNING);
        assertThat(schedule.pastDeadline(day, Instant.parse("2026-03-02T10:00:00Z")))
                .containsExactly(PatrolRound.MORNING, PatrolRound.AFTERNOON);
    }
}
