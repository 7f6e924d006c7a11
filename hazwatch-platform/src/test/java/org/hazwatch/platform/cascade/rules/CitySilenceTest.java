package org.hazwatch.platform.cascade.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.hazwatch.platform.cascade.rules.CitySilence.Step;
import org.junit.jupiter.api.Test;

class CitySilenceTest {

    private static final Instant HEARD = Instant.parse("2026-12-06T02:00:00Z");

    /** The wall clock, moved by the test. */
    private Instant now = HEARD;

    private Instant move(Duration by) {
        now = now.plus(by);
        return now;
    }

    @Test
    void aCityHeardNineMinutesFiftyNineSecondsAgoIsNotSilent() {
        CitySilence city = new CitySilence(null, HEARD, false);
        CitySilence.Outcome checked = city.check(move(Duration.ofMinutes(9).plusSeconds(59)));
        assertThat(checked.step()).isEqualTo(Step.NONE);
        assertThat(checked.next().alarmed()).isFalse();
    }

    @Test
    void aCityIsSilentAtExactlyTenMinutesAndTheAlarmIsRaised() {
        CitySilence city = new CitySilence(null, HEARD, false);
        CitySilence.Outcome checked = city.check(move(Duration.ofMinutes(10)));
        assertThat(checked.step()).isEqualTo(Step.RAISE);
        assertThat(checked.next().alarmed()).isTrue();
    }

    @Test
    void theAlarmIsRaisedOncePerSilenceHoweverOftenItIsChecked() {
        CitySilence city = new CitySilence(null, HEARD, false);
        int raised = 0;
        for (int check = 0; check < 120; check++) {
            CitySilence.Outcome checked = city.check(move(Duration.ofSeconds(15)));
            raised += checked.step() == Step.RAISE ? 1 : 0;
            city = checked.next();
        }
        assertThat(raised).as("30 minutes of checks every 15 s").isEqualTo(1);
        assertThat(city.alarmed()).isTrue();
    }

    @Test
    void theAlarmIsClearedWhenTheCityIsHeardAgainAndANewSilenceRaisesANewOne() {
        CitySilence city = new CitySilence(null, HEARD, false).check(move(Duration.ofMinutes(12))).next();

        CitySilence.Outcome heard = city.heard(move(Duration.ofMinutes(1)));
        assertThat(heard.step()).isEqualTo(Step.CLEAR);
        assertThat(heard.next().alarmed()).isFalse();
        assertThat(heard.next().lastHeard()).isEqualTo(now);
        assertThat(heard.next().check(move(Duration.ofMinutes(5))).step()).isEqualTo(Step.NONE);

        CitySilence.Outcome again = heard.next().check(move(Duration.ofMinutes(5)));
        assertThat(again.step()).as("ten minutes after it was heard").isEqualTo(Step.RAISE);
    }

    @Test
    void hearingACityThatWasNotSilentChangesNoAlarm() {
        CitySilence.Outcome heard = new CitySilence(null, HEARD, false).heard(move(Duration.ofMinutes(3)));
        assertThat(heard.step()).isEqualTo(Step.NONE);
        assertThat(heard.next().lastHeard()).isEqualTo(now);
    }

    @Test
    void aStandingAlarmWhoseCityWasHeardMeanwhileIsClearedByTheCheck() {
        CitySilence city = new CitySilence(null, HEARD, true);
        assertThat(city.check(move(Duration.ofMinutes(2))).step()).isEqualTo(Step.CLEAR);
    }

    @Test
    void theSilenceCanBeSetShorterOrLonger() {
        CitySilence quick = new CitySilence(Duration.ofMinutes(2), HEARD, false);
        assertThat(quick.check(HEARD.plus(Duration.ofMinutes(2))).step()).isEqualTo(Step.RAISE);
        CitySilence slow = new CitySilence(Duration.ofMinutes(30), HEARD, false);
        assertThat(slow.check(HEARD.plus(Duration.ofMinutes(20))).step()).isEqualTo(Step.NONE);
        assertThatThrownBy(() -> new CitySilence(Duration.ZERO, HEARD, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
