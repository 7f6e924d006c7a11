package org.hazwatch.platform.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.disposal.rules.HandlingStep;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.warning.HandlingFacts;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Missed deadlines climb the ladder as the watch is ticked with the time passed. Each test uses an enterprise code of
 * its own (the cases need no registered enterprise), so the overdue counts it reads are its own.
 */
@DemoTest
@RecordApplicationEvents
class DisposalEscalationTest {

    static final Actor ZEZHOU = new Actor("zezhou", Role.REGULATOR, "140525", "140000/140500/140525/", null);

    @Autowired
    DisposalWarningFixture warnings;

    @Autowired
    DisposalWatch watch;

    @Autowired
    Disposals disposals;

    @Autowired
    HandlingFacts facts;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aRedWarningNobodySignsForReachesTheMainResponsiblePersonThenTownAndCountyThenTheCityEachOnce() {
        String enterprise = "14052599901";
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID id = warnings.raise(enterprise, WarningLevel.RED, t0);

        watch.tick(t0.plus(Duration.ofMinutes(14)));
        assertThat(escalations(id)).isEmpty();
        assertThat(facts.overdueWarnings(EnterpriseCode.of(enterprise))).isZero();

        watch.tick(t0.plus(Duration.ofMinutes(16)));
        assertThat(escalations(id)).extracting(DisposalEscalated::missedStep, DisposalEscalated::audience)
                .containsExactly(tuple(HandlingStep.SIGN_FOR, Audience.ENTERPRISE_MAIN_RESPONSIBLE));
        assertThat(facts.overdueWarnings(EnterpriseCode.of(enterprise))).isEqualTo(1);
        watch.tick(t0.plus(Duration.ofMinutes(17)));
        assertThat(escalations(id)).hasSize(1);

        watch.tick(t0.plus(Duration.ofMinutes(46)));
        watch.tick(t0.plus(Duration.ofMinutes(76)));
        watch.tick(t0.plus(Duration.ofHours(5)));
        assertThat(escalations(id)).extracting(DisposalEscalated::audience).containsExactly(
                Audience.ENTERPRISE_MAIN_RESPONSIBLE, Audience.TOWN_AND_COUNTY, Audience.CITY);
        assertThat(escalations(id)).allSatisfy(e -> {
            assertThat(e.deadline()).isEqualTo(t0.plus(Duration.ofMinutes(15)));
            assertThat(e.level()).isEqualTo(WarningLevel.RED);
            assertThat(e.enterpriseCode()).isEqualTo(EnterpriseCode.of(enterprise));
            assertThat(e.jurisdictionPath()).isEqualTo(DisposalWarningFixture.HENGTAI_PATH);
        });
        assertThat(disposals.timeline(ZEZHOU, id)).extracting(TimelineEntry::text).containsExactly(
                "预警产生（红色）：液氯储罐 G0001YL001 压力高高报 1.35 MPa",
                "签收超时，已升级至企业主要负责人",
                "签收超时，已升级至乡镇和县级监管部门",
                "签收超时，已升级至市级监管部门");
        assertThat(disposals.list(ZEZHOU, enterprise, null, false, 10)).singleElement()
                .satisfies(v -> assertThat(v.escalations()).isEqualTo(3));
    }

    @Test
    void aLateSignForStartsTheFeedbackDeadlineAndItsOwnLadderAndClearsTheOverdueCount() {
        String enterprise = "14052599902";
        Instant t0 = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        UUID id = warnings.raise(enterprise, WarningLevel.ORANGE, t0);
        watch.tick(Instant.now());
        assertThat(facts.overdueWarnings(EnterpriseCode.of(enterprise))).isEqualTo(1);

        Actor operator = new Actor("op", Role.ENTERPRISE_OPERATOR, null, null, enterprise);
        DisposalView signed = disposals.signFor(operator, id);
        assertThat(signed.state()).isEqualTo(CaseState.SIGNED_FOR);
        assertThat(facts.overdueWarnings(EnterpriseCode.of(enterprise))).isZero();
        assertThat(disposals.timeline(operator, id).get(2).text()).startsWith("值班员 op 签收（超时 ");

        Instant feedbackDeadline = signed.deadline().toInstant();
        assertThat(feedbackDeadline).isAfter(Instant.now().plus(Duration.ofMinutes(119)));
        watch.tick(feedbackDeadline.plusSeconds(1));
        assertThat(escalations(id)).extracting(DisposalEscalated::missedStep, DisposalEscalated::audience)
                .containsExactly(tuple(HandlingStep.SIGN_FOR, Audience.ENTERPRISE_MAIN_RESPONSIBLE),
                        tuple(HandlingStep.FEEDBACK, Audience.ENTERPRISE_MAIN_RESPONSIBLE));
    }

    @Test
    void aVerificationTheRegulatorOwesClimbsFromTownAndCountyAndIsNotTheEnterprisesOverdue() {
        String enterprise = "14052599905";
        UUID id = warnings.raise(enterprise, WarningLevel.RED, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Actor operator = new Actor("op", Role.ENTERPRISE_OPERATOR, null, null, enterprise);
        disposals.signFor(operator, id);
        DisposalView fedBack = disposals.feedback(operator, id, new FeedbackRequest("EQUIPMENT_FAILURE",
                "更换压力变送器", null, List.of()));
        assertThat(fedBack.state()).isEqualTo(CaseState.FED_BACK);

        watch.tick(fedBack.deadline().toInstant().plus(Duration.ofMinutes(31)));
        assertThat(escalations(id)).extracting(DisposalEscalated::missedStep, DisposalEscalated::audience)
                .containsExactly(tuple(HandlingStep.VERIFY, Audience.TOWN_AND_COUNTY),
                        tuple(HandlingStep.VERIFY, Audience.CITY));
        assertThat(facts.overdueWarnings(EnterpriseCode.of(enterprise))).isZero();
    }

    @Test
    void whileOneNodeEscalatesACaseAnotherSkipsItSoEachRungIsEscalatedOnce() throws Exception {
        String enterprise = "14052599906";
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID id = warnings.raise(enterprise, WarningLevel.RED, t0);
        Instant due = t0.plus(Duration.ofMinutes(16));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> transaction.executeWithoutResult(status -> {
                watch.tick(due);
                holding.countDown();
                await(release);
            }));
            await(holding);
            nodes.submit(() -> watch.tick(due)).get(10, TimeUnit.SECONDS);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            nodes.shutdownNow();
        }
        assertThat(disposals.timeline(ZEZHOU, id)).extracting(TimelineEntry::kind)
                .containsExactly("RAISED", "ESCALATED");
    }

    @Test
    void aMissedFollowUpOrderGoesToTheCity() {
        String enterprise = "14052599903";
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID id = warnings.raise(enterprise, WarningLevel.YELLOW, t0);
        Instant orderDeadline = t0.plus(Duration.ofMinutes(10));
        disposals.followUp(ZEZHOU, id, "立即组织排查", orderDeadline);

        watch.tick(orderDeadline.plusSeconds(1));
        assertThat(escalations(id)).extracting(DisposalEscalated::missedStep, DisposalEscalated::audience)
                .containsExactly(tuple(HandlingStep.FOLLOW_UP, Audience.CITY));
        assertThat(facts.overdueWarnings(EnterpriseCode.of(enterprise))).isEqualTo(1);
        assertThat(disposals.timeline(ZEZHOU, id)).extracting(TimelineEntry::kind)
                .containsExactly("RAISED", "FOLLOW_UP", "ESCALATED");
        assertThat(disposals.timeline(ZEZHOU, id).get(2).text()).isEqualTo("督办超时，已升级至市级监管部门");
    }

    @Test
    void anUpgradeTightensTheOpenDeadlineAndALiftedBlueWarningNobodySignedForClosesByItself() {
        String enterprise = "14052599904";
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID yellow = warnings.raise(enterprise, WarningLevel.YELLOW, t0);
        warnings.change(yellow, enterprise, WarningLevel.YELLOW, WarningLevel.RED, t0.plus(Duration.ofMinutes(5)));
        DisposalView red = disposals.one(ZEZHOU, yellow);
        assertThat(red.level()).isEqualTo(WarningLevel.RED);
        assertThat(red.deadline().toInstant()).isEqualTo(t0.plus(Duration.ofMinutes(20)));
        warnings.change(yellow, enterprise, WarningLevel.RED, WarningLevel.BLUE, t0.plus(Duration.ofMinutes(6)));
        assertThat(disposals.one(ZEZHOU, yellow).deadline()).isEqualTo(red.deadline());
        assertThat(disposals.one(ZEZHOU, yellow).currentLevel()).isEqualTo(WarningLevel.BLUE);
        assertThat(disposals.timeline(ZEZHOU, yellow)).extracting(TimelineEntry::kind)
                .containsExactly("RAISED", "LEVEL_CHANGED", "DEADLINE_TIGHTENED", "LEVEL_CHANGED");

        UUID blue = warnings.raise(enterprise, WarningLevel.BLUE, t0);
        warnings.lift(blue, enterprise, WarningLevel.BLUE, t0.plus(Duration.ofMinutes(3)));
        assertThat(disposals.one(ZEZHOU, blue).state()).isEqualTo(CaseState.CLOSED);
        assertThat(disposals.timeline(ZEZHOU, blue).get(1).text()).contains("自动解除");
        assertThat(events.stream(DisposalClosed.class).filter(e -> e.warningId().equals(blue))).singleElement()
                .extracting(DisposalClosed::how).isEqualTo("AUTO");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<DisposalEscalated> escalations(UUID id) {
        return events.stream(DisposalEscalated.class).filter(e -> e.warningId().equals(id)).toList();
    }
}
