package org.hazwatch.platform.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hazwatch.platform.alarm.AlarmInForce;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.AlarmsInForce;
import org.hazwatch.platform.bulletin.BulletinIssued;
import org.hazwatch.platform.commitment.CommitmentLate;
import org.hazwatch.platform.commitment.CommitmentMissed;
import org.hazwatch.platform.custody.CustodyDutyOverdue;
import org.hazwatch.platform.disposal.Audience;
import org.hazwatch.platform.disposal.DisposalEscalated;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.disposal.FollowUpOrdered;
import org.hazwatch.platform.disposal.WarningSignedFor;
import org.hazwatch.platform.filing.FilingSubmitted;
import org.hazwatch.platform.inspection.PatrolRoundMissed;
import org.hazwatch.platform.inspection.RectificationOverdue;
import org.hazwatch.platform.notify.rules.AlarmTexting;
import org.hazwatch.platform.notify.rules.NoticeKind;
import org.hazwatch.platform.notify.rules.Party;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the platform's events into outbox notifications. The listeners are synchronous and write in the
 * publisher's transaction, so a warning and its notifications commit together (a new transaction where the
 * publisher has none, as the alarm engine, which publishes after its own commit).
 */
@Component
class NotificationListeners {

    private static final Logger log = LoggerFactory.getLogger(NotificationListeners.class);

    private final Outbox outbox;
    private final WarningReminders reminders;
    private final Registry registry;
    private final Disposals disposals;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AlarmTexting texting;
    private final AlarmsSeen seen;
    private final AlarmsInForce inForce;

    NotificationListeners(Outbox outbox, WarningReminders reminders, Registry registry, Disposals disposals,
                          TransactionTemplate tx, Clock clock, AlarmSmsSettings alarmSms, AlarmsSeen seen,
                          AlarmsInForce inForce) {
        this.seen = seen;
        this.inForce = inForce;
        this.clock = clock;
        this.texting = alarmSms.texting();
        this.outbox = outbox;
        this.reminders = reminders;
        this.registry = registry;
        this.disposals = disposals;
        this.tx = tx;
    }

    @EventListener
    void on(WarningRaised e) {
        List<String> factors = factors(e.factors());
        inTransaction(() -> {
            outbox.write(Occasion.of("warning-raised:" + e.warningId(), NoticeKind.WARNING_RAISED,
                            e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), e.level(), e.warningId(),
                            e.at())
                    .withFactors(factors)
                    .withDeadline(disposals.signForDeadline(e.warningId(), e.level(), e.at())));
            reminders.seen(e.warningId(), e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), e.level(),
                    factors, e.at());
        });
    }

    /** An upgrade is notified like a new warning and restarts the reminders; a downgrade goes to the feed only. */
    @EventListener
    void on(WarningLevelChanged e) {
        List<String> factors = factors(e.factors());
        NoticeKind kind = e.upgraded() ? NoticeKind.WARNING_UPGRADED : NoticeKind.WARNING_DOWNGRADED;
        inTransaction(() -> {
            outbox.write(Occasion.of("warning-level:" + e.warningId() + ":" + e.to() + ":" + e.at().toEpochMilli(),
                            kind, e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), e.to(),
                            e.warningId(), e.at())
                    .withPrevious(e.from()).withFactors(factors)
                    .withDeadline(disposals.signForDeadline(e.warningId(), e.to(), e.at())));
            if (e.upgraded()) {
                reminders.seen(e.warningId(), e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(),
                        e.to(), factors, e.at());
            } else {
                reminders.levelIs(e.warningId(), e.to(), factors);
            }
        });
    }

    @EventListener
    void on(WarningLifted e) {
        inTransaction(() -> {
            outbox.write(Occasion.of("warning-lifted:" + e.warningId(), NoticeKind.WARNING_LIFTED,
                    e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), e.lastLevel(), e.warningId(),
                    e.at()));
            reminders.stop(e.warningId(), "lifted", e.at());
        });
    }

    /** Signed for (签收): the warning is in hand, so its reminders stop (SPEC §7; repeat only while unhandled). */
    @EventListener
    void on(WarningSignedFor e) {
        inTransaction(() -> reminders.stop(e.warningId(), "signed-for", e.at()));
    }

    @EventListener
    void on(DisposalEscalated e) {
        inTransaction(() -> outbox.write(Occasion.of("disposal-escalated:" + e.warningId() + ":" + e.missedStep()
                                + ":" + e.audience(), NoticeKind.DISPOSAL_ESCALATED, e.enterpriseCode(),
                        e.hazardSourceCode(), e.jurisdictionPath(), e.level(), e.warningId(), e.at())
                .withDeadline(e.deadline()).withNote(e.missedStep().label())
                .escalatedTo(parties(e.audience()))));
    }

    @EventListener
    void on(FollowUpOrdered e) {
        inTransaction(() -> outbox.write(Occasion.of("follow-up:" + e.warningId() + ":" + e.at().toEpochMilli(),
                        NoticeKind.FOLLOW_UP_ORDERED, e.enterpriseCode(), null, e.jurisdictionPath(), e.level(),
                        e.warningId(), e.at())
                .withDeadline(e.deadline()).withNote(e.instruction())));
    }

    /**
     * Alarms of the severities texted there (HH, LL by default; {@code hazwatch.notify.alarm-sms}) reach the duty
     * room by SMS, grouped per enterprise and window.
     */
    @EventListener
    void on(AlarmRaised e) {
        if (!AlarmTexting.TEXTABLE_AT_ALL.contains(e.severity())) {
            return;
        }
        try {
            String path = registry.jurisdictionPathOf(e.enterpriseCode().code()).orElse(null);
            if (path == null || !texting.texts(e.severity(), e.enterpriseCode().code(), path)) {
                return;
            }
            String point = e.pointCode() == null ? "全厂"
                    : registry.point(e.pointCode().code()).map(PointDefinition::name).orElse(e.pointCode().code());
            String item = outbox.texts().alarmItem(e.at(), point, e.severity(), e.late());
            inTransaction(() -> {
                if (seen.takeUp(e.episodeId())) {
                    outbox.group(Occasion.of("alarm:" + e.episodeId() + ":" + e.at().toEpochMilli(),
                            NoticeKind.ALARM, e.enterpriseCode(), null, path, null, null, e.at()), item);
                }
            });
        } catch (RuntimeException ex) {
            // the alarm is stored and on the live feed already; the engine thread must go on
            log.error("could not write the notification of alarm {}", e.episodeId(), ex);
        }
    }

    /**
     * At start: the alarms in force that no notification took up — the alarm engine stored them and the platform
     * died before this listener's commit (a kill -9) — are taken up now, as if just raised (issue 19, crash).
     */
    @EventListener(ApplicationReadyEvent.class)
    void catchUpAlarms() {
        Instant since = seen.recordBegan().orElse(null);
        if (since == null) {
            return;
        }
        List<AlarmInForce> missed = inForce.all().stream().filter(a -> a.since().isAfter(since))
                .filter(a -> AlarmTexting.TEXTABLE_AT_ALL.contains(a.severity()))
                .filter(a -> !seen.has(a.episodeId())).toList();
        if (!missed.isEmpty()) {
            log.warn("{} alarm(s) in force had no notification (a crash between the alarm's commit and its "
                    + "notification's): taken up now", missed.size());
        }
        missed.forEach(a -> on(new AlarmRaised(a.episodeId(), a.enterpriseCode(), a.pointCode(), a.kind(),
                a.severity(), a.severity().priority(), a.since(), false)));
    }

    @EventListener
    void on(CommitmentMissed e) {
        inTransaction(() -> outbox.write(Occasion.of("commitment-missed:" + e.enterpriseCode() + ":" + e.day(),
                NoticeKind.COMMITMENT_MISSED, e.enterpriseCode(), null, e.jurisdictionPath(), null, null,
                clock.instant()).withDeadline(e.deadline())));
    }

    @EventListener
    void on(CommitmentLate e) {
        inTransaction(() -> outbox.write(Occasion.of("commitment-late:" + e.enterpriseCode() + ":" + e.day(),
                NoticeKind.COMMITMENT_LATE, e.enterpriseCode(), null, e.jurisdictionPath(), null, null,
                e.submittedAt()).withDeadline(e.deadline())));
    }

    @EventListener
    void on(CustodyDutyOverdue e) {
        String role = e.role().label();
        inTransaction(() -> outbox.write(Occasion.of("custody-overdue:" + e.hazardSourceCode() + ":"
                                + e.role().code() + ":" + e.dueAt().toEpochMilli(), NoticeKind.CUSTODY_OVERDUE,
                        e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), null, null, clock.instant())
                .withDeadline(e.dueAt()).withNote(role + e.personName()).naming(e.personName())));
    }

    @EventListener
    void on(FilingSubmitted e) {
        inTransaction(() -> outbox.write(Occasion.of("filing:" + e.filingId(), NoticeKind.FILING_SUBMITTED,
                e.enterpriseCode(), null, e.jurisdictionPath(), null, null, clock.instant()).withDeadline(e.until())
                .withNote(e.type().label())));
    }

    /** patrol (issue 12): the county's (or park's) code stands in the enterprise column; the city over it is told. */
    @EventListener
    void on(PatrolRoundMissed e) {
        inTransaction(() -> outbox.write(new Occasion("patrol-missed:" + e.jurisdictionCode() + ":" + e.day() + ":"
                + e.round(), NoticeKind.PATROL_ROUND_MISSED, e.jurisdictionCode(), null, e.jurisdictionPath(), null,
                null, null, List.of(), e.deadline(), e.jurisdictionName() + e.round().label() + "（已巡查 "
                + e.patrolled() + "/" + e.due() + " 家）", Set.of(), null, clock.instant())));
    }

    /** An overdue rectification order: the enterprise and the level above the issuing regulator, once per order. */
    @EventListener
    void on(RectificationOverdue e) {
        Party above = Party.regulatorsAt(e.escalatedToPath());
        inTransaction(() -> outbox.write(Occasion.of("rectification-overdue:" + e.orderId(),
                        NoticeKind.RECTIFICATION_OVERDUE, e.enterpriseCode(), null, e.jurisdictionPath(), null, null,
                        e.at())
                .withDeadline(e.deadline()).withNote("第" + e.number() + "号，" + e.item().label() + "：" + e.problem())
                .escalatedTo(above == null ? Set.of() : EnumSet.of(above))));
    }

    /**
     * bulletin (issue 13): to the regulators of each node beneath the issuer (the node's code stands in the
     * enterprise column, as for patrols) with the PDF for their e-mails, and to each named enterprise its paragraph.
     */
    @EventListener
    void on(BulletinIssued e) {
        String what = e.number() + (e.version() > 1 ? "（第" + e.version() + "版）" : "") + " " + e.title();
        inTransaction(() -> {
            for (BulletinIssued.Addressee node : e.subordinates()) {
                Party level = Party.regulatorsAt(node.path());
                outbox.write(new Occasion("bulletin:" + e.id() + ":" + node.code(), NoticeKind.BULLETIN_ISSUED,
                                node.code(), null, node.path(), null, null, null, List.of(), null,
                                what + "\n" + e.link(), level == null ? Set.of() : EnumSet.of(level), null, e.at()))
                        .ifPresent(id -> {
                            if (e.pdfAttachment() != null) {
                                outbox.attach(id, e.pdfAttachment(), e.pdfFileName());
                            }
                        });
            }
            for (BulletinIssued.Named named : e.named()) {
                registry.jurisdictionPathOf(named.enterpriseCode()).ifPresent(path -> outbox.write(new Occasion(
                        "bulletin-named:" + e.id() + ":" + named.enterpriseCode(), NoticeKind.BULLETIN_NAMED,
                        named.enterpriseCode(), null, path, null, null, null, List.of(), null,
                        e.number() + "：" + named.paragraph(), Set.of(), null, e.at())));
            }
        });
    }

    private void inTransaction(Runnable work) {
        tx.executeWithoutResult(status -> work.run());
    }

    private static List<String> factors(List<WarningFactor> factors) {
        return factors == null ? List.of() : factors.stream()
                .map(f -> f.detail() == null || f.detail().isBlank() ? f.label() : f.label() + "：" + f.detail())
                .toList();
    }

    private static Set<Party> parties(Audience audience) {
        return switch (audience) {
            case ENTERPRISE_DUTY -> EnumSet.of(Party.ENTERPRISE_DUTY, Party.CUSTODY_PERSONS);
            case ENTERPRISE_MAIN_RESPONSIBLE -> EnumSet.of(Party.ENTERPRISE_PRINCIPAL);
            case TOWN_AND_COUNTY -> EnumSet.of(Party.TOWN, Party.COUNTY);
            case CITY -> EnumSet.of(Party.CITY);
        };
    }
}
