package org.hazwatch.platform.commitment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class CommitmentDeadlineTest {

    static final ZoneId SHANGHAI = BeijingTime.ZONE;
    static final CommitmentDeadline TEN_OCLOCK = new CommitmentDeadline(LocalTime.of(10, 0), SHANGHAI);
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void tenOClockInShanghaiIsTwoOClockUtc() {
        assertThat(TEN_OCLOCK.on(DAY)).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
    }

    @Test
    void anInstantJustAfterFourPmUtcIsAlreadyTheNextDayInShanghai() {
        assertThat(TEN_OCLOCK.dayOf(Instant.parse("2026-11-30T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(TEN_OCLOCK.dayOf(Instant.parse("2026-11-30T16:00:00Z"))).isEqualTo(DAY);
    }

    @Test
    void aCommitmentMadeAtOneInTheMorningLocalIsOnTimeThoughTheUtcDateIsTheDayBefore() {
        Instant oneAm = Instant.parse("2026-11-30T17:00:00Z");
        LocalDate day = TEN_OCLOCK.dayOf(oneAm);
        assertThat(day).isEqualTo(DAY);
        assertThat(TEN_OCLOCK.status(day, oneAm, oneAm)).isEqualTo(CommitmentStatus.ON_TIME);
    }

    @Test
    void theDeadlineItselfIsLateAndAMillisecondBeforeIsNot() {
        Instant deadline = TEN_OCLOCK.on(DAY);
        assertThat(TEN_OCLOCK.isLate(DAY, deadline)).isTrue();
        assertThat(TEN_OCLOCK.isLate(DAY, deadline.minusMillis(1))).isFalse();
    }

    @Test
    void nothingBeforeTheDeadlineIsPendingAndAfterItMissing() {
        Instant deadline = TEN_OCLOCK.on(DAY);
        assertThat(TEN_OCLOCK.status(DAY, null, deadline.minusSeconds(1))).isEqualTo(CommitmentStatus.PENDING);
        assertThat(TEN_OCLOCK.status(DAY, null, deadline)).isEqualTo(CommitmentStatus.MISSING);
        assertThat(TEN_OCLOCK.status(DAY, deadline.plusSeconds(60), deadline.plusSeconds(90)))
                .isEqualTo(CommitmentStatus.LATE);
    }

    @Test
    void aMidnightDeadlineMakesEveryCommitmentOfTheDayLate() {
        CommitmentDeadline midnight = new CommitmentDeadline(LocalTime.MIDNIGHT, SHANGHAI);
        assertThat(midnight.on(DAY)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(midnight.isLate(DAY, Instant.parse("2026-11-30T16:00:01Z"))).isTrue();
    }

    @Test
    void theSameWallClockDeadlineFallsAtDifferentInstantsInDifferentZones() {
        CommitmentDeadline urumqi = new CommitmentDeadline(LocalTime.of(10, 0), ZoneId.of("Asia/Urumqi"));
        assertThat(urumqi.on(DAY)).isEqualTo(Instant.parse("2026-12-01T04:00:00Z"));
        Instant threeUtc = Instant.parse("2026-12-01T03:00:00Z");
        assertThat(TEN_OCLOCK.isLate(DAY, threeUtc)).isTrue();
        assertThat(urumqi.isLate(DAY, threeUtc)).isFalse();
    }

    @Test
    void aDeadlineInAZoneWithDaylightSavingFollowsTheLocalClock() {
        CommitmentDeadline berlin = new CommitmentDeadline(LocalTime.of(10, 0), ZoneId.of("Europe/Berlin"));
        assertThat(berlin.on(LocalDate.of(2026, 3, 28))).isEqualTo(Instant.parse("2026-03-28T09:00:00Z"));
        assertThat(berlin.on(LocalDate.of(2026, 3, 30))).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }
}
