package org.hazwatch.platform.bulletin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class BulletinPeriodTest {

    @Test
    void theWeekBeforeAMondayRunsFromThePreviousMondayToSunday() {
        BulletinPeriod week = BulletinPeriod.weekBefore(LocalDate.of(2026, 12, 7));
        assertThat(week).isEqualTo(new BulletinPeriod(PeriodKind.WEEK, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 6)));
        assertThat(BulletinPeriod.weekBefore(LocalDate.of(2026, 12, 6))).as("a Sunday: the week before this one")
                .isEqualTo(new BulletinPeriod(PeriodKind.WEEK, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThat(week.label()).isEqualTo("2026年11月30日至12月6日");
    }

    @Test
    void theMonthBeforeTheFirstOfJanuaryIsTheWholeDecemberOfTheYearBefore() {
        BulletinPeriod month = BulletinPeriod.monthBefore(LocalDate.of(2027, 1, 1));
        assertThat(month).isEqualTo(new BulletinPeriod(PeriodKind.MONTH, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31)));
        assertThat(month.label()).isEqualTo("2026年12月");
        assertThat(BulletinPeriod.monthBefore(LocalDate.of(2028, 3, 1)).to()).as("leap year")
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aCustomPeriodAcrossTheYearNamesBothYears() {
        assertThat(new BulletinPeriod(PeriodKind.CUSTOM, LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 3)).label())
                .isEqualTo("2026年12月20日至2027年1月3日");
    }

    @Test
    void aWeekThatIsNotMondayToSundayAMonthThatIsNotWholeAndAFutureEndAreRefused() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(BulletinPeriod.problems(PeriodKind.WEEK, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30),
                today)).containsExactly("from: 周报须为周一至周日");
        assertThat(BulletinPeriod.problems(PeriodKind.MONTH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29),
                today)).containsExactly("from: 月报须为一个完整的自然月");
        assertThat(BulletinPeriod.problems(PeriodKind.CUSTOM, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7),
                today)).containsExactly("to: 不得晚于今天（2026-12-06）");
        assertThat(BulletinPeriod.problems(PeriodKind.CUSTOM, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 1),
                today)).containsExactly("to: 不得早于开始日期");
        assertThat(BulletinPeriod.problems(null, null, null, today)).hasSize(3);
        assertThat(BulletinPeriod.problems(PeriodKind.MONTH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                today)).isEmpty();
    }

    @Test
    void onAMondayThatIsTheFirstBothFallDueFromTheTimeOfDayOn() {
        BulletinCalendar calendar = new BulletinCalendar(LocalTime.of(8, 0));
        LocalDate mondayFirst = LocalDate.of(2027, 3, 1);
        assertThat(calendar.due(mondayFirst.atTime(7, 59))).isEmpty();
        assertThat(calendar.due(mondayFirst.atTime(8, 0))).containsExactly(
                BulletinPeriod.weekBefore(mondayFirst), BulletinPeriod.monthBefore(mondayFirst));
        assertThat(calendar.due(LocalDateTime.of(2027, 3, 2, 9, 0))).as("a Tuesday, the 2nd").isEmpty();
        assertThat(calendar.due(LocalDateTime.of(2026, 12, 1, 23, 0))).containsExactly(
                BulletinPeriod.monthBefore(LocalDate.of(2026, 12, 1)));
    }
}
