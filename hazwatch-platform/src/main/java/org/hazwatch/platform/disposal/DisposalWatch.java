package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.disposal.rules.Escalation;
import org.hazwatch.platform.disposal.rules.HandlingCase;
import org.hazwatch.platform.disposal.rules.TimelineText;
import org.hazwatch.platform.warning.HandlingFacts;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates missed handling deadlines (逾期升级, SPEC §7) and keeps the warning model's overdue counts. The due cases
 * are locked with {@code FOR UPDATE SKIP LOCKED}, so of several platform nodes exactly one escalates each rung.
 */
@Component
public class DisposalWatch {

    private static final int BATCH = 500;

    private final DisposalStore store;
    private final CaseParts parts;
    private final HandlingFacts facts;
    private final ApplicationEventPublisher events;
    private final Set<String> reported = new HashSet<>();

    DisposalWatch(DisposalStore store, CaseParts parts, HandlingFacts facts, ApplicationEventPublisher events) {
        this.store = store;
        this.parts = parts;
        this.facts = facts;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${hazwatch.disposal.check-every:30s}",
            initialDelayString = "${hazwatch.disposal.check-every:30s}")
    @Transactional
    public void check() {
        tick(parts.now());
    }

    /** The overdue counts as they stand when the platform starts. */
    @EventListener(ApplicationReadyEvent.class)
    public void reportOnStart() {
        reportOverdue(parts.now());
    }

    /**
     * Escalates every rung and follow-up deadline that fell due by {@code now}, each once, with its timeline entry
     * and {@link DisposalEscalated} in this transaction; then reports the overdue counts.
     *
     * @return the escalations made
     */
    @Transactional
    public int tick(Instant now) {
        int made = 0;
        int found;
        do {
            var due = store.lockDue(now, BATCH);
            found = due.size();
            for (DisposalStore.Stored s : due) {
                HandlingCase.Escalated r = s.handling().escalate(now, parts.policy());
                for (Escalation e : r.escalations()) {
                    store.addStep(s.warningId(), now, "ESCALATED", CaseParts.SYSTEM, TimelineText.escalated(e),
                            Map.of("missedStep", e.step().name(), "audience", e.recipient().name(),
                                    "deadline", e.deadline().toString()));
                    events.publishEvent(new DisposalEscalated(s.warningId(),
                            EnterpriseCode.of(s.enterpriseCode()), HazardSourceCode.ofNullable(s.hazardSourceCode()),
                            s.jurisdictionPath(), r.after().level(), e.step(),
                            Audience.valueOf(e.recipient().name()), e.deadline(), now));
                    made++;
                }
                parts.save(s, r.after(), s.currentLevel(), now);
            }
        } while (found == BATCH);
        reportOverdue(now);
        return made;
    }

    private synchronized void reportOverdue(Instant now) {
        Map<String, Integer> counts = store.overdueCounts(now);
        for (String enterprise : reported) {
            if (!counts.containsKey(enterprise)) {
                facts.overdueWarnings(EnterpriseCode.of(enterprise), 0);
            }
        }
        counts.forEach((enterprise, count) -> facts.overdueWarnings(EnterpriseCode.of(enterprise), count));
        reported.clear();
        reported.addAll(counts.keySet());
    }
}
