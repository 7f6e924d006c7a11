package org.hazwatch.platform.custody;

import java.time.Clock;
import java.time.Instant;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Flags overdue custody duties: {@link CustodyDutyOverdue} once per duty and due time. */
@Component
class CustodyWatch {

    private final Custody custody;
    private final CustodyStore store;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustodyWatch(Custody custody, CustodyStore store, Registry registry, ApplicationEventPublisher events,
                 Clock clock) {
        this.custody = custody;
        this.store = store;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hazwatch.duties.custody.check-every:1h}",
            initialDelayString = "${hazwatch.duties.custody.check-every:1h}")
    @Transactional
    public void flagOverdue() {
        Instant now = clock.instant();
        for (CustodyDuty d : custody.overdue(Actor.system(), null)) {
            if (store.recordOverdue(d, now)) {
                String path = registry.jurisdictionPathOf(d.enterpriseCode()).orElse("");
                events.publishEvent(new CustodyDutyOverdue(EnterpriseCode.of(d.enterpriseCode()), path,
                        HazardSourceCode.of(d.hazardSourceCode()), d.role(), d.personName(), d.dueAt()));
            }
        }
    }
}
