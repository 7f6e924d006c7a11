package org.hazwatch.platform.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.junit.jupiter.api.Test;

/** Raised and upgraded at once; downgraded and lifted only after the lower level held for five minutes. */
class WarningChangeTest {

    static final Duration HOLD = Duration.ofMinutes(5);
    static final Instant T0 = Instant.parse("2026-11-30T06:00:00Z");

    static Assessment at(WarningLevel level, String... signature) {
        return new Assessment(EnterpriseCode.of("14052500002"), HazardSourceCode.of("14052500002001"), 0, level,
                List.of(), Set.of(signature));
    }

    static Instant min(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void raisesAndUpgradesAtOnce() {
        WarningChange raised = WarningChange.decide(null, at(WarningLevel.YELLOW, "a"), T0, HOLD);
        assertThat(raised.kind()).isEqualTo(ChangeKind.RAISED);
        WarningChange upgraded = WarningChange.decide(raised.after(), at(WarningLevel.RED, "a", "b"), min(1), HOLD);
        assertThat(upgraded.kind()).isEqualTo(ChangeKind.UPGRADED);
        assertThat(upgraded.after().level()).isEqualTo(WarningLevel.RED);
        assertThat(WarningChange.decide(null, at(null), T0, HOLD).kind()).isNull();
    }

    @Test
    void aScoreHoveringAtAThresholdDoesNotFlap() {
        Standing s = WarningChange.decide(null, at(WarningLevel.ORANGE, "a"), T0, HOLD).after();
        for (int minute = 1; minute <= 30; minute++) {
            WarningLevel level = minute % 2 == 0 ? WarningLevel.ORANGE : WarningLevel.YELLOW;
            WarningChange change = WarningChange.decide(s, at(level, "a"), min(minute), HOLD);
            assertThat(change.kind()).isNull();
            s = change.after();
        }
        assertThat(s.level()).isEqualTo(WarningLevel.ORANGE);
    }

    @Test
    void downgradesAfterTheHoldToTheHighestLevelAssessedMeanwhile() {
        Standing s = WarningChange.decide(null, at(WarningLevel.RED, "a"), T0, HOLD).after();
        s = WarningChange.decide(s, at(WarningLevel.YELLOW, "a"), min(1), HOLD).after();
        s = WarningChange.decide(s, at(WarningLevel.ORANGE, "a"), min(3), HOLD).after();
        WarningChange early = WarningChange.decide(s, at(WarningLevel.BLUE, "a"), min(5), HOLD);
        assertThat(early.kind()).isNull();
        WarningChange down = WarningChange.decide(early.after(), at(WarningLevel.BLUE, "a"), min(6), HOLD);
        assertThat(down.kind()).isEqualTo(ChangeKind.DOWNGRADED);
        assertThat(down.after().level()).isEqualTo(WarningLevel.ORANGE);
        assertThat(down.after().lowerSince()).as("blue is still lower: a new hold begins").isEqualTo(min(6));
    }

    @Test
    void aLevelSeenOnlyEarlyInALongerQuietSpellDoesNotHoldTheWarningUp() {
        Standing s = WarningChange.decide(null, at(WarningLevel.RED, "a"), T0, HOLD).after();
        s = WarningChange.decide(s, at(WarningLevel.ORANGE, "a"), min(1), HOLD).after();
        for (int minute = 2; minute <= 5; minute++) {
            WarningChange quiet = WarningChange.decide(s, at(null, "a"), min(minute), HOLD);
            assertThat(quiet.kind()).as("minute " + minute).isNull();
            s = quiet.after();
        }
        assertThat(WarningChange.decide(s, at(null, "a"), min(6), HOLD).kind())
                .as("orange began the quiet spell, nothing came within the last five minutes")
                .isEqualTo(ChangeKind.LIFTED);
    }

    @Test
    void liftsOnlyAfterNoLevelHeldForTheHold() {
        Standing s = WarningChange.decide(null, at(WarningLevel.YELLOW, "a"), T0, HOLD).after();
        WarningChange gone = WarningChange.decide(s, at(null), min(1), HOLD);
        assertThat(gone.kind()).as("its factors went").isEqualTo(ChangeKind.FACTORS_CHANGED);
        assertThat(gone.after().level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(WarningChange.decide(gone.after(), at(null), min(5), HOLD).kind()).isNull();
        WarningChange lifted = WarningChange.decide(gone.after(), at(null), min(6), HOLD);
        assertThat(lifted.kind()).isEqualTo(ChangeKind.LIFTED);
        assertThat(lifted.after()).isNull();
    }

    @Test
    void comingBackDuringTheHoldKeepsTheWarningAndStartsTheHoldAfresh() {
        Standing s = WarningChange.decide(null, at(WarningLevel.YELLOW, "a"), T0, HOLD).after();
        s = WarningChange.decide(s, at(null), min(1), HOLD).after();
        WarningChange back = WarningChange.decide(s, at(WarningLevel.YELLOW, "a"), min(4), HOLD);
        assertThat(back.kind()).isEqualTo(ChangeKind.FACTORS_CHANGED);
        assertThat(back.after().lowerSince()).isNull();
        s = WarningChange.decide(back.after(), at(null), min(7), HOLD).after();
        assertThat(WarningChange.decide(s, at(null), min(11), HOLD).kind()).isNull();
        assertThat(WarningChange.decide(s, at(null), min(12), HOLD).kind()).isEqualTo(ChangeKind.LIFTED);
    }

    @Test
    void factorsChangingAtTheSameLevelAreRecorded() {
        Standing s = WarningChange.decide(null, at(WarningLevel.ORANGE, "a"), T0, HOLD).after();
        assertThat(WarningChange.decide(s, at(WarningLevel.ORANGE, "a"), min(1), HOLD).kind()).isNull();
        assertThat(WarningChange.decide(s, at(WarningLevel.ORANGE, "b"), min(1), HOLD).kind())
                .isEqualTo(ChangeKind.FACTORS_CHANGED);
    }
}
