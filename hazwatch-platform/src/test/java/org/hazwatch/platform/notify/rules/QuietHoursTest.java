package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    final QuietHours quiet = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), BeijingTime.ZONE);

    @Test
    void aBlueOrYellowShortMessageAtNightWaitsUntilSevenInTheMorning() {
        Instant late = Instant.parse("2026-11-30T15:30:00Z"); // 23:30
        Instant early = Instant.parse("2026-11-30T20:00:00Z"); // 04:00 the next day
        Instant seven = Instant.parse("2026-11-30T23:00:00Z");
        assertThat(quiet.release(late, Medium.SMS, NoticeKind.WARNING_RAISED, WarningLevel.YELLOW)).isEqualTo(seven);
        assertThat(quiet.release(early, Medium.SMS, NoticeKind.DISPOSAL_ESCALATED, WarningLevel.BLUE))
                .isEqualTo(seven);
        assertThat(quiet.release(late, Medium.SMS, NoticeKind.COMMITMENT_MISSED, null)).isEqualTo(seven);
    }

    @Test
    void redOrangeAndAlarmsAreNeverHeldNorAreEmailsAndTheFeed() {
        Instant late = Instant.parse("2026-11-30T15:30:00Z");
        assertThat(quiet.release(late, Medium.SMS, NoticeKind.WARNING_RAISED, WarningLevel.RED)).isEqualTo(late);
        assertThat(quiet.release(late, Medium.SMS, NoticeKind.WARNING_REPEAT, WarningLevel.ORANGE)).isEqualTo(late);
        assertThat(quiet.release(late, Medium.SMS, NoticeKind.ALARM, null)).isEqualTo(late);
        assertThat(quiet.release(late, Medium.EMAIL, NoticeKind.WARNING_RAISED, WarningLevel.BLUE)).isEqualTo(late);
        assertThat(quiet.release(late, Medium.FEED, NoticeKind.WARNING_RAISED, WarningLevel.BLUE)).isEqualTo(late);
    }

    @Test
    void theDayIsNotQuietAndEqualStartAndEndSwitchQuietHoursOff() {
        Instant noon = Instant.parse("2026-11-30T04:00:00Z");
        Instant sevenSharp = Instant.parse("2026-11-30T23:00:00Z");
        assertThat(quiet.release(noon, Medium.SMS, NoticeKind.WARNING_RAISED, WarningLevel.BLUE)).isEqualTo(noon);
        assertThat(quiet.release(sevenSharp, Medium.SMS, NoticeKind.WARNING_RAISED, WarningLevel.BLUE))
                .isEqualTo(sevenSharp);
        QuietHours off = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, BeijingTime.ZONE);
        Instant late = Instant.parse("2026-11-30T15:30:00Z");
        assertThat(off.release(late, Medium.SMS, NoticeKind.WARNING_RAISED, WarningLevel.BLUE)).isEqualTo(late);
    }

    @Test
    void aDaytimeQuietSpanWorksToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), BeijingTime.ZONE);
        Instant half12 = Instant.parse("2026-11-30T04:30:00Z");
        assertThat(lunch.release(half12, Medium.SMS, NoticeKind.FILING_SUBMITTED, null))
                .isEqualTo(Instant.parse("2026-11-30T05:30:00Z"));
    }
}
