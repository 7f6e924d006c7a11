package org.hazwatch.platform.custody.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.custody.rules.CustodyChecks.FieldProblem;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class DutyScheduleTest {

    static final DutySchedule DEFAULTS = new DutySchedule(Period.ofMonths(6), Period.ofMonths(3), Period.ofWeeks(1),
            BeijingTime.ZONE);
    static final Instant LAST = Instant.parse("2026-11-20T01:00:00Z");

    @Test
    void theOperationsPersonIsOverdueAWeekAfterTheLastCheckAndNotBefore() {
        assertThat(DEFAULTS.dueAt(CustodyRole.OPERATIONS, LAST)).isEqualTo(Instant.parse("2026-11-27T01:00:00Z"));
        assertThat(DEFAULTS.overdue(CustodyRole.OPERATIONS, LAST, Instant.parse("2026-11-27T00:59:59Z"))).isFalse();
        assertThat(DEFAULTS.overdue(CustodyRole.OPERATIONS, LAST, Instant.parse("2026-11-27T01:00:00Z"))).isTrue();
    }

    @Test
    void theTechnicalPersonHasAQuarterInTheLocalCalendar() {
        Instant endOfNovemberLocal = Instant.parse("2026-11-30T17:00:00Z");
        assertThat(DEFAULTS.dueAt(CustodyRole.TECHNICAL, endOfNovemberLocal))
                .isEqualTo(Instant.parse("2027-02-28T17:00:00Z"));
        assertThat(DEFAULTS.overdue(CustodyRole.TECHNICAL, LAST, Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void aDutyNeverCheckedIsOverdueAtOnce() {
        assertThat(DEFAULTS.overdue(CustodyRole.MAIN, null, LAST)).isTrue();
    }

    @Test
    void theOperationsPersonAnswersEveryItemAndExplainsWhatIsNotInOrder() {
        Map<ChecklistItem, Boolean> answered = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            answered.put(item, true);
        }
        answered.put(ChecklistItem.VIDEO_COVERAGE, false);
        answered.remove(ChecklistItem.CONTRACTORS);
        CheckRecord check = new CheckRecord("14052500001001", CustodyRole.OPERATIONS, LAST, answered, " ", List.of());
        assertThat(CustodyChecks.problems(check, LAST)).extracting(FieldProblem::field)
                .containsExactly("checklist.CONTRACTORS", "findings");
        CheckRecord technical = new CheckRecord("14052500001001", CustodyRole.TECHNICAL, LAST, Map.of(), null,
                List.of());
        assertThat(CustodyChecks.problems(technical, LAST)).isEmpty();
    }
}
