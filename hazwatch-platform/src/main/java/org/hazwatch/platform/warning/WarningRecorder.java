package org.hazwatch.platform.warning;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.warning.rules.Assessment;
import org.hazwatch.platform.warning.rules.ChangeKind;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a warning's change and publishes its event in one transaction, so that a listener writing in it (the
 * disposal case, the notification outbox) commits or rolls back with the warning.
 */
@Component
class WarningRecorder {

    private final WarningStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    WarningRecorder(WarningStore store, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.store = store;
        this.events = events;
        this.transaction = transaction;
    }

    UUID raise(String jurisdictionPath, Assessment a, Instant at) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            store.raise(id, jurisdictionPath, a, at);
            events.publishEvent(new WarningRaised(id, a.enterpriseCode(), a.hazardSourceCode(), jurisdictionPath,
                    a.level(), a.factors(), at));
        });
        return id;
    }

    /** An upgrade, downgrade or change of factors ({@code kind}), or with {@code kind} null only fresher values. */
    void change(UUID id, String jurisdictionPath, ChangeKind kind, WarningLevel from, WarningLevel to, Assessment a,
                Instant at) {
        transaction.executeWithoutResult(status -> {
            store.update(id, kind, from, to, a, at);
            if (kind == ChangeKind.UPGRADED || kind == ChangeKind.DOWNGRADED) {
                events.publishEvent(new WarningLevelChanged(id, a.enterpriseCode(), a.hazardSourceCode(),
                        jurisdictionPath, from, to, a.factors(), at));
            }
        });
    }

    void lift(UUID id, String jurisdictionPath, WarningLevel lastLevel, Assessment a, Instant at) {
        transaction.executeWithoutResult(status -> {
            store.lift(id, lastLevel, a, at);
            events.publishEvent(new WarningLifted(id, a.enterpriseCode(), a.hazardSourceCode(), jurisdictionPath,
                    lastLevel, at));
        });
    }
}
