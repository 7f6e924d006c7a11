package org.hazwatch.platform.disposal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.Test;

class HandlingCaseTest {

    static final DeadlinePolicy SPEC = DeadlinePolicy.specDefaults();
    static final Instant T0 = Instant.parse("2026-11-30T06:05:00Z");

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void signForDeadlinesFollowTheLevel() {
        assertThat(HandlingCase.pushed(WarningLevel.RED, T0, SPEC).deadline()).isEqualTo(at(15));
        assertThat(HandlingCase.pushed(WarningLevel.ORANGE, T0, SPEC).deadline()).isEqualTo(at(15));
        assertThat(HandlingCase.pushed(WarningLevel.YELLOW, T0, SPEC).deadline()).isEqualTo(at(30));
        assertThat(HandlingCase.pushed(WarningLevel.BLUE, T0, SPEC).deadline()).isEqualTo(at(30));
    }

    @Test
    void feedbackIsDueAnHourAfterSigningForARedWarningAndTwoHoursForTheOthers() {
        assertThat(HandlingCase.pushed(WarningLevel.RED, T0, SPEC).signFor(at(5), SPEC).deadline()).isEqualTo(at(65));
        assertThat(HandlingCase.pushed(WarningLevel.ORANGE, T0, SPEC).signFor(at(5), SPEC).deadline())
                .isEqualTo(at(125));
    }

    @Test
    void configuredDeadlinesReplaceTheSpecDefaultsOfTheirLevelOnly() {
        DeadlinePolicy policy = new DeadlinePolicy(Map.of(WarningLevel.YELLOW, new LevelDeadlines(
                Duration.ofMinutes(10), Duration.ofMinutes(40), Duration.ofHours(8))), Duration.ofMinutes(5));
        assertThat(HandlingCase.pushed(WarningLevel.YELLOW, T0, policy).deadline()).isEqualTo(at(10));
        assertThat(HandlingCase.pushed(WarningLevel.RED, T0, policy).deadline()).isEqualTo(at(15));
        assertThat(policy.rungDueAt(at(10), 2)).isEqualTo(at(20));
    }

    @Test
    void aRedWarningGoesThroughVerificationToClosure() {
        HandlingCase fedBack = HandlingCase.pushed(WarningLevel.RED, T0, SPEC).signFor(at(7), SPEC)
                .feedback(at(40), SPEC);
        assertThat(fedBack.state()).isEqualTo(CaseState.FED_BACK);
        assertThat(fedBack.deadline()).isEqualTo(at(40 + 24 * 60));
        HandlingCase closed = fedBack.verify(true, at(100), SPEC);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.deadline()).isNull();
        assertThat(closed.nextDueAt(SPEC)).isNull();
    }

    @Test
    void yellowAndBlueCloseOnFeedbackAndAreNeverVerified() {
        HandlingCase closed = HandlingCase.pushed(WarningLevel.YELLOW, T0, SPEC).signFor(at(1), SPEC)
                .feedback(at(30), SPEC);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThatThrownBy(() -> closed.verify(true, at(31), SPEC)).isInstanceOf(HandlingRefused.class)
                .hasMessageContaining("红色、橙色");
    }

    @Test
    void aRejectedVerificationSendsTheCaseBackForFeedbackWithANewDeadline() {
        HandlingCase back = HandlingCase.pushed(WarningLevel.ORANGE, T0, SPEC).signFor(at(1), SPEC)
                .feedback(at(30), SPEC).verify(false, at(60), SPEC);
        assertThat(back.state()).isEqualTo(CaseState.SIGNED_FOR);
        assertThat(back.deadline()).isEqualTo(at(60 + 120));
        assertThat(back.feedback(at(90), SPEC).verify(true, at(95), SPEC).state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void stepsOutOfOrderAreRefusedWithAReason() {
        HandlingCase pushed = HandlingCase.pushed(WarningLevel.RED, T0, SPEC);
        assertThatThrownBy(() -> pushed.feedback(at(1), SPEC)).hasMessage("请先签收再反馈处置情况");
        assertThatThrownBy(() -> pushed.verify(true, at(1), SPEC)).hasMessageContaining("尚未反馈");
        HandlingCase signed = pushed.signFor(at(1), SPEC);
        assertThatThrownBy(() -> signed.signFor(at(2), SPEC)).hasMessage("该预警已签收");
        HandlingCase fedBack = signed.feedback(at(3), SPEC);
        assertThatThrownBy(() -> fedBack.followUp(at(100), at(4))).isInstanceOf(HandlingRefused.class);
    }

    @Test
    void theLadderClimbsOneRungPerEscalationStepAndEachRungOnce() {
        HandlingCase pushed = HandlingCase.pushed(WarningLevel.RED, T0, SPEC);
        assertThat(pushed.escalate(at(15), SPEC).escalations()).isEmpty();

        HandlingCase.Escalated first = pushed.escalate(at(16), SPEC);
        assertThat(first.escalations()).extracting(Escalation::recipient)
                .containsExactly(Recipient.ENTERPRISE_MAIN_RESPONSIBLE);
        assertThat(first.after().escalate(at(17), SPEC).escalations()).isEmpty();
        assertThat(first.after().nextDueAt(SPEC)).isEqualTo(at(45));

        HandlingCase.Escalated second = first.after().escalate(at(46), SPEC);
        assertThat(second.escalations()).extracting(Escalation::recipient).containsExactly(Recipient.TOWN_AND_COUNTY);
        HandlingCase.Escalated third = second.after().escalate(at(76), SPEC);
        assertThat(third.escalations()).singleElement().satisfies(e -> {
            assertThat(e.recipient()).isEqualTo(Recipient.CITY);
            assertThat(e.step()).isEqualTo(HandlingStep.SIGN_FOR);
            assertThat(e.deadline()).isEqualTo(at(15));
            assertThat(e.dueAt()).isEqualTo(at(75));
        });
        assertThat(third.after().escalate(at(500), SPEC).escalations()).isEmpty();
        assertThat(third.after().nextDueAt(SPEC)).isNull();
    }

    @Test
    void aWatchThatWasDownEscalatesEveryRungThatFellDueAtOnceInOrder() {
        assertThat(HandlingCase.pushed(WarningLevel.BLUE, T0, SPEC).escalate(at(200), SPEC).escalations())
                .extracting(Escalation::recipient).containsExactly(Recipient.values());
    }

    @Test
    void eachMissedStepHasItsOwnLadderAndAMissedVerificationStartsAtTheRegulators() {
        HandlingCase signedLate = HandlingCase.pushed(WarningLevel.RED, T0, SPEC).escalate(at(16), SPEC).after()
                .signFor(at(20), SPEC);
        assertThat(signedLate.rungsTaken()).isZero();
        assertThat(signedLate.escalate(at(81), SPEC).escalations()).extracting(Escalation::step, Escalation::recipient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HandlingStep.FEEDBACK,
                        Recipient.ENTERPRISE_MAIN_RESPONSIBLE));

        HandlingCase fedBack = signedLate.feedback(at(30), SPEC);
        assertThat(fedBack.escalate(at(30 + 24 * 60 + 31), SPEC).escalations()).extracting(Escalation::recipient)
                .containsExactly(Recipient.TOWN_AND_COUNTY, Recipient.CITY);
    }

    @Test
    void aMissedFollowUpOrderGoesToTheCityOnceAndFeedbackMeetsIt() {
        HandlingCase ordered = HandlingCase.pushed(WarningLevel.YELLOW, T0, SPEC).signFor(at(5), SPEC)
                .followUp(at(60), at(10));
        assertThat(ordered.nextDueAt(SPEC)).isEqualTo(at(60));
        HandlingCase.Escalated missed = ordered.escalate(at(61), SPEC);
        assertThat(missed.escalations()).extracting(Escalation::step, Escalation::recipient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HandlingStep.FOLLOW_UP, Recipient.CITY));
        assertThat(missed.after().escalate(at(62), SPEC).escalations()).isEmpty();
        assertThat(missed.after().overdue(at(62))).isTrue();

        HandlingCase met = ordered.feedback(at(50), SPEC);
        assertThat(met.followUpDeadline()).isNull();
        assertThat(met.overdue(at(500))).isFalse();
    }

    @Test
    void anUpgradeTightensTheOpenStepCountedFromTheUpgradeButNeverLoosensIt() {
        HandlingCase yellow = HandlingCase.pushed(WarningLevel.YELLOW, T0, SPEC);
        HandlingCase red = yellow.levelChanged(WarningLevel.RED, at(10), SPEC);
        assertThat(red.level()).isEqualTo(WarningLevel.RED);
        assertThat(red.deadline()).isEqualTo(at(25));
        HandlingCase lateUpgrade = yellow.levelChanged(WarningLevel.RED, at(20), SPEC);
        assertThat(lateUpgrade.deadline()).isEqualTo(at(30));
        HandlingCase downgraded = red.levelChanged(WarningLevel.BLUE, at(12), SPEC);
        assertThat(downgraded).isEqualTo(red);
    }

    @Test
    void anUpgradeReopensAClosedCaseAtTheNewLevel() {
        HandlingCase closed = HandlingCase.pushed(WarningLevel.BLUE, T0, SPEC).signFor(at(1), SPEC)
                .feedback(at(2), SPEC);
        HandlingCase reopened = closed.levelChanged(WarningLevel.ORANGE, at(50), SPEC);
        assertThat(reopened.state()).isEqualTo(CaseState.PUSHED);
        assertThat(reopened.deadline()).isEqualTo(at(65));
        assertThat(TimelineText.tightened(closed, reopened, BeijingTime.ZONE)).contains("处置重新开始");
    }

    @Test
    void aBlueWarningLiftedBeforeSignForClosesByItselfAndAnyOtherGoesOn() {
        HandlingCase blue = HandlingCase.pushed(WarningLevel.BLUE, T0, SPEC).lift();
        assertThat(blue.state()).isEqualTo(CaseState.CLOSED);
        assertThat(blue.lifted()).isTrue();
        HandlingCase signedBlue = HandlingCase.pushed(WarningLevel.BLUE, T0, SPEC).signFor(at(1), SPEC).lift();
        assertThat(signedBlue.state()).isEqualTo(CaseState.SIGNED_FOR);
        assertThat(HandlingCase.pushed(WarningLevel.YELLOW, T0, SPEC).lift().state()).isEqualTo(CaseState.PUSHED);
        assertThat(TimelineText.lifted(HandlingCase.pushed(WarningLevel.YELLOW, T0, SPEC)))
                .isEqualTo("预警解除；处置继续至闭环");
        assertThat(TimelineText.lifted(blue)).isEqualTo("预警解除");
    }

    @Test
    void aStepAtItsDeadlineIsOnTimeAndAfterItLate() {
        HandlingCase red = HandlingCase.pushed(WarningLevel.RED, T0, SPEC);
        assertThat(red.overdue(at(15))).isFalse();
        assertThat(red.lateBy(at(15))).isZero();
        assertThat(red.overdue(at(15).plusSeconds(1))).isTrue();
        assertThat(TimelineText.signedFor("值班员 hengtai", red.lateBy(at(22))))
                .isEqualTo("值班员 hengtai 签收（超时 7 分钟）");
    }
}
