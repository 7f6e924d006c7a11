package org.hazwatch.platform.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.commitment.rules.CommitmentDeadline;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Page;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds commitments missing after their deadline, jurisdiction by jurisdiction (each enterprise's deadline is its
 * own), and publishes {@link CommitmentMissed} once per enterprise and day. Yesterday is looked at too, so a
 * platform down over a deadline still records the miss.
 */
@Component
class CommitmentWatch {

    private final Commitments commitments;
    private final CommitmentStore store;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitmentWatch(Commitments commitments, CommitmentStore store, Registry registry,
                    ApplicationEventPublisher events, Clock clock) {
        this.commitments = commitments;
        this.store = store;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hazwatch.duties.commitment.check-every:1m}", initialDelayString = "${hazwatch.duties.commitment.check-every:1m}")
    @Transactional
    public void detectMissing() {
        Instant now = clock.instant();
        int page = 0;
        Page<RegisteredEnterprise> enterprises;
        do {
            enterprises = registry.visibleEnterprises(Actor.system(), null, page++, 500);
            for (RegisteredEnterprise e : enterprises.items()) {
                CommitmentDeadline deadline = commitments.deadlineOf(e);
                LocalDate today = deadline.dayOf(now);
                for (LocalDate day : List.of(today.minusDays(1), today)) {
                    if (!now.isBefore(deadline.on(day)) && store.first(e.code(), day).isEmpty()
                            && store.recordMiss(e.code(), day, e.jurisdictionPath(), now)) {
                        events.publishEvent(new CommitmentMissed(EnterpriseCode.of(e.code()), e.jurisdictionPath(), day,
                                deadline.on(day)));
                    }
                }
            }
        } while (enterprises.items().size() == 500);
    }
}
