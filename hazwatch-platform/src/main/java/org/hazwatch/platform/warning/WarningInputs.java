package org.hazwatch.platform.warning;

import org.hazwatch.platform.alarm.AlarmCleared;
import org.hazwatch.platform.alarm.AlarmInForce;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.AlarmSeverityChanged;
import org.hazwatch.platform.alarm.AlarmsBackfilled;
import org.hazwatch.platform.commitment.CommitmentLate;
import org.hazwatch.platform.commitment.CommitmentMissed;
import org.hazwatch.platform.custody.CustodyDutyOverdue;
import org.hazwatch.platform.filing.FilingAcknowledged;
import org.hazwatch.platform.filing.FilingSubmitted;
import org.hazwatch.platform.filing.FilingWithdrawn;
import org.hazwatch.platform.registry.RegistryChanged;
import org.hazwatch.platform.telemetry.EnterpriseCameOnline;
import org.hazwatch.platform.telemetry.EnterpriseWentOffline;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What moves the warning model (SPEC §6: "recomputed on every relevant event and at least once a minute"): each
 * event is handed to the engine's thread and marks its enterprise for assessment; the clock assesses every
 * enterprise with facts.
 */
@Component
class WarningInputs {

    private final WarningEngine engine;

    WarningInputs(WarningEngine engine) {
        this.engine = engine;
    }

    @EventListener
    void alarmRaised(AlarmRaised e) {
        engine.enqueue(() -> engine.alarmInForce(new AlarmInForce(e.episodeId(), e.enterpriseCode(), e.pointCode(),
                e.kind(), e.severity(), e.at())));
        engine.touch(e.enterpriseCode());
    }

    @EventListener
    void alarmSeverityChanged(AlarmSeverityChanged e) {
        engine.enqueue(() -> engine.alarmSeverity(e.episodeId(), e.enterpriseCode(), e.to()));
        engine.touch(e.enterpriseCode());
    }

    @EventListener
    void alarmCleared(AlarmCleared e) {
        engine.enqueue(() -> engine.alarmCleared(e.episodeId(), e.enterpriseCode()));
        engine.touch(e.enterpriseCode());
    }

    /**
     * Late alarms (补传) were stored: those still active came as {@link AlarmRaised}; the enterprise is assessed again
     * with them (the model reads the alarms in force; ended ones are history, in lists and health figures).
     */
    @EventListener
    void alarmsBackfilled(AlarmsBackfilled e) {
        engine.touch(e.enterpriseCode());
    }

    @EventListener
    void offline(EnterpriseWentOffline e) {
        engine.touch(e.enterpriseCode());
    }

    @EventListener
    void online(EnterpriseCameOnline e) {
        engine.touch(e.enterpriseCode());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void commitmentMissed(CommitmentMissed e) {
        watchAndTouch(e.enterpriseCode());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void commitmentLate(CommitmentLate e) {
        watchAndTouch(e.enterpriseCode());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void custodyOverdue(CustodyDutyOverdue e) {
        watchAndTouch(e.enterpriseCode());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void filed(FilingSubmitted e) {
        engine.touch(e.enterpriseCode());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void filingAcknowledged(FilingAcknowledged e) {
        engine.touch(e.enterpriseCode());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void filingWithdrawn(FilingWithdrawn e) {
        engine.touch(e.enterpriseCode());
    }

    /**
     * Levels and points may have changed (the registry's read model has them already). A newly registered enterprise
     * is assessed when something happens there, not at once: its duties have not had a day to be done.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void registryChanged(RegistryChanged e) {
        engine.touchIfWatched(e.enterpriseCode());
    }

    @Scheduled(fixedDelayString = "${hazwatch.warning.evaluate-every:1m}",
            initialDelayString = "${hazwatch.warning.evaluate-every:1m}")
    void everyMinute() {
        engine.tickSoon();
    }

    private void watchAndTouch(EnterpriseCode enterpriseCode) {
        engine.enqueue(() -> engine.watch(enterpriseCode));
        engine.touch(enterpriseCode);
    }
}
