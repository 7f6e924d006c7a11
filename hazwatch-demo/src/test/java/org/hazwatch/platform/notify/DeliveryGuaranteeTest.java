package org.hazwatch.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.disposal.Audience;
import org.hazwatch.platform.disposal.DisposalEscalated;
import org.hazwatch.platform.disposal.rules.HandlingStep;
import org.hazwatch.platform.registry.CustodyAssignment;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** At least once, never twice: a channel that is down, a node that dies mid-send, quiet hours. */
@DemoTest
class DeliveryGuaranteeTest {

    @Autowired
    NotifyFixture fixture;

    @Autowired
    Registry registry;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    DeliveryLedger ledger;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    @Qualifier("smsTestChannel")
    RecordingChannel sms;

    @Test
    void aChannelDownForAWhileLosesAndDoublesNothingOnceItIsBack() {
        Instant t = Instant.parse("2026-06-01T02:00:00Z");
        List<UUID> warnings = List.of(fixture.raise(WarningLevel.RED, t), fixture.raise(WarningLevel.ORANGE, t),
                fixture.raise(WarningLevel.RED, t.plusSeconds(30)));
        int refusedBefore = sms.refusedAttempts();
        sms.down(true);
        try {
            for (Instant now = t; now.isBefore(t.plus(Duration.ofMinutes(40))); now = now.plusSeconds(60)) {
                dispatcher.dispatch(now);
            }
        } finally {
            sms.down(false);
        }
        List<NotifyFixture.Row> whileDown = smsRows(warnings);
        assertThat(whileDown).isNotEmpty().allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("RETRY");
            assertThat(r.attempts()).isBetween(3, 10);
        });
        assertThat(sms.refusedAttempts() - refusedBefore).isGreaterThanOrEqualTo(whileDown.size() * 3);

        dispatcher.dispatch(t.plus(Duration.ofHours(2)));
        dispatcher.dispatch(t.plus(Duration.ofHours(3)));
        dispatcher.dispatch(t.plus(Duration.ofHours(5)));

        List<NotifyFixture.Row> after = smsRows(warnings);
        assertThat(after).hasSameSizeAs(whileDown).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("DELIVERED");
            assertThat(sms.acceptedTimes(r.key())).as("accepted copies of %s", r.key()).isEqualTo(1);
        });
        warnings.forEach(notifications::stopRepeating);
    }

    @Test
    void aSendCutShortByACrashIsSentAgainWithTheSameKeyOnceTheLeaseRunsOut() {
        Instant t = Instant.parse("2026-06-02T02:00:00Z");
        UUID warning = fixture.raise(WarningLevel.RED, t);
        List<DeliveryLedger.Claimed> taken = ledger.claim(t, t.plus(Duration.ofMinutes(2)), 1000);
        assertThat(taken).extracting(DeliveryLedger.Claimed::idempotencyKey)
                .containsAll(smsRows(List.of(warning)).stream().map(NotifyFixture.Row::key).toList());

        dispatcher.dispatch(t.plusSeconds(60));
        assertThat(smsRows(List.of(warning))).allSatisfy(r -> assertThat(r.state()).isEqualTo("SENDING"));

        dispatcher.dispatch(t.plus(Duration.ofMinutes(2)).plusSeconds(1));
        assertThat(smsRows(List.of(warning))).isNotEmpty().allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("DELIVERED");
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(sms.acceptedTimes(r.key())).isEqualTo(1);
            assertThat(sms.messages()).filteredOn(m -> m.idempotencyKey().equals(r.key())).singleElement()
                    .satisfies(m -> assertThat(m.text()).contains("液氯储罐区").contains("红色预警"));
        });
        notifications.stopRepeating(warning);
    }

    @Test
    void quietHoursHoldAYellowShortMessageUntilMorningButNeverARedOne() {
        Instant lateEvening = Instant.parse("2026-06-03T15:00:00Z"); // 23:00 in Shanghai
        UUID yellow = UUID.randomUUID();
        UUID red = UUID.randomUUID();
        for (UUID id : List.of(yellow, red)) {
            fixture.publish(new DisposalEscalated(id, EnterpriseCode.of(NotifyFixture.HENGTAI),
                    HazardSourceCode.of(NotifyFixture.CHLORINE_TANKS),
                    NotifyFixture.HENGTAI_PATH, id == red ? WarningLevel.RED : WarningLevel.YELLOW,
                            HandlingStep.SIGN_FOR,
                    Audience.ENTERPRISE_DUTY, lateEvening.minusSeconds(60), lateEvening));
        }
        Instant morning = Instant.parse("2026-06-03T23:00:00Z"); // 07:00 the next day in Shanghai
        assertThat(fixture.deliveriesOfWarning(yellow)).filteredOn(r -> r.channel().equals("sms-test"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.nextAttemptAt()).isEqualTo(morning));
        assertThat(fixture.deliveriesOfWarning(yellow)).filteredOn(r -> r.channel().equals("feed"))
                .singleElement().satisfies(r -> assertThat(r.nextAttemptAt()).isEqualTo(lateEvening));

        dispatcher.dispatch(lateEvening.plusSeconds(30));
        assertThat(fixture.deliveriesOfWarning(red)).filteredOn(r -> r.channel().equals("sms-test")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.state()).isEqualTo("DELIVERED"));
        assertThat(fixture.deliveriesOfWarning(yellow)).filteredOn(r -> r.channel().equals("sms-test"))
                .allSatisfy(r -> assertThat(r.state()).isEqualTo("PENDING"));

        dispatcher.dispatch(morning);
        assertThat(fixture.deliveriesOfWarning(yellow)).filteredOn(r -> r.channel().equals("sms-test"))
                .allSatisfy(r -> assertThat(r.state()).isEqualTo("DELIVERED"));
    }

    @Test
    void aDeliveryThatCannotGetThroughWithinTheMaximumAgeIsGivenUp() {
        Instant t = Instant.parse("2026-06-05T02:00:00Z");
        UUID warning = fixture.raise(WarningLevel.ORANGE, t);
        sms.down(true);
        try {
            dispatcher.dispatch(t);
            dispatcher.dispatch(t.plus(Duration.ofHours(25)));
        } finally {
            sms.down(false);
        }
        assertThat(smsRows(List.of(warning))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.state()).isEqualTo("EXPIRED"));
        notifications.stopRepeating(warning);
    }

    @Test
    void theOutboxRollsBackWithTheTransactionOfTheEventThatCausedIt() {
        Instant t = Instant.parse("2026-06-06T02:00:00Z");
        UUID warning = UUID.randomUUID();
        tx.executeWithoutResult(status -> {
            events.publishEvent(new WarningRaised(warning, EnterpriseCode.of(NotifyFixture.HENGTAI),
                    HazardSourceCode.of(NotifyFixture.CHLORINE_TANKS),
                    NotifyFixture.HENGTAI_PATH, WarningLevel.RED, List.of(), t));
            assertThat(fixture.kindsOfWarning(warning)).containsExactly("WARNING_RAISED");
            status.setRollbackOnly();
        });
        assertThat(fixture.kindsOfWarning(warning)).isEmpty();
        assertThat(fixture.deliveriesOfWarning(warning)).isEmpty();
        assertThat(notifications.stopRepeating(warning)).as("no reminder either").isFalse();
    }

    @Test
    void anEventPublishedTwiceIsNotifiedOnce() {
        Instant t = Instant.parse("2026-06-07T02:00:00Z");
        UUID warning = UUID.randomUUID();
        WarningRaised raised = new WarningRaised(warning, EnterpriseCode.of(NotifyFixture.HENGTAI), null,
                NotifyFixture.HENGTAI_PATH,
                WarningLevel.ORANGE, List.of(), t);
        fixture.publish(raised);
        int deliveries = fixture.deliveriesOfWarning(warning).size();
        fixture.publish(raised);
        assertThat(fixture.kindsOfWarning(warning)).containsExactly("WARNING_RAISED");
        assertThat(fixture.deliveriesOfWarning(warning)).hasSize(deliveries);
        // some custody persons are also the enterprise's principal or safety manager: one message each, by phone
        List<String> custodyPhones = registry.custodyPersons(NotifyFixture.HENGTAI).stream()
                .map(CustodyAssignment::phone).distinct().toList();
        assertThat(custodyPhones).hasSize(6);
        assertThat(fixture.deliveriesOfWarning(warning)).filteredOn(r -> r.channel().equals("sms-test"))
                .extracting(NotifyFixture.Row::address)
                .as("a whole-enterprise warning reaches the custody persons of every hazard source, once each")
                .containsAll(custodyPhones).doesNotHaveDuplicates();
        notifications.stopRepeating(warning);
    }

    private List<NotifyFixture.Row> smsRows(List<UUID> warnings) {
        return warnings.stream().flatMap(w -> fixture.deliveriesOfWarning(w).stream())
                .filter(r -> r.channel().equals("sms-test")).toList();
    }
}
