package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.disposal.rules.HandlingCase;
import org.hazwatch.platform.disposal.rules.TimelineText;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and follows the handling case of every warning, in the transaction that stores the warning: a raised
 * warning is pushed (推送) to its enterprise; its level changes and its lifting go on the timeline and may tighten
 * or close the case. The warning's own events are kept on the timeline, so it reads whole from here.
 */
@Component
class CaseIntake {

    private final DisposalStore store;
    private final CaseParts parts;
    private final ApplicationEventPublisher events;

    CaseIntake(DisposalStore store, CaseParts parts, ApplicationEventPublisher events) {
        this.store = store;
        this.parts = parts;
        this.events = events;
    }

    @EventListener
    @Transactional
    void raised(WarningRaised e) {
        open(e.warningId(), e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), e.level(), e.at(),
                TimelineText.raised(e.level(), texts(e.factors())));
    }

    @EventListener
    @Transactional
    void levelChanged(WarningLevelChanged e) {
        String text = TimelineText.levelChanged(e.from(), e.to(), texts(e.factors()));
        DisposalStore.Stored s = store.lock(e.warningId()).orElse(null);
        if (s == null) {
            open(e.warningId(), e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), e.to(), e.at(), text);
            return;
        }
        store.addStep(e.warningId(), e.at(), "LEVEL_CHANGED", CaseParts.SYSTEM, text,
                Map.of("from", e.from().name(), "to", e.to().name()));
        HandlingCase before = s.handling();
        HandlingCase after = before.levelChanged(e.to(), e.at(), parts.policy());
        if (!after.equals(before) && after.state() != CaseState.CLOSED
                && (before.state() == CaseState.CLOSED || !after.deadline().equals(before.deadline()))) {
            store.addStep(e.warningId(), e.at(), "DEADLINE_TIGHTENED", CaseParts.SYSTEM,
                    TimelineText.tightened(before, after, parts.zone()),
                    Map.of("deadline", after.deadline().toString()));
        }
        parts.save(s, after, e.to(), e.at());
        parts.reportOverdue(s.enterpriseCode(), parts.now());
    }

    @EventListener
    @Transactional
    void lifted(WarningLifted e) {
        DisposalStore.Stored s = store.lock(e.warningId()).orElse(null);
        if (s == null) {
            return;
        }
        HandlingCase before = s.handling();
        boolean autoClosed = before.autoClosesOnLift();
        HandlingCase after = before.lift();
        store.addStep(e.warningId(), e.at(), "LIFTED", CaseParts.SYSTEM, TimelineText.lifted(before),
                Map.of("autoClosed", autoClosed));
        parts.save(s, after, s.currentLevel(), e.at());
        if (autoClosed) {
            events.publishEvent(new DisposalClosed(e.warningId(), EnterpriseCode.of(s.enterpriseCode()),
                    s.jurisdictionPath(),
                    after.level(), "AUTO", e.at()));
        }
        parts.reportOverdue(s.enterpriseCode(), parts.now());
    }

    private void open(UUID id, EnterpriseCode enterprise, HazardSourceCode hazardSource, String path,
                      WarningLevel level, Instant at, String text) {
        HandlingCase c = HandlingCase.pushed(level, at, parts.policy());
        if (store.open(id, enterprise.code(), Objects.toString(hazardSource, null), path, c,
                c.nextDueAt(parts.policy()), at)) {
            store.addStep(id, at, "RAISED", CaseParts.SYSTEM, text,
                    Map.of("level", level.name(), "signForBy", c.deadline().toString()));
            parts.reportOverdue(enterprise.code(), parts.now());
        }
    }

    private static List<String> texts(List<WarningFactor> factors) {
        return factors == null ? List.of() : factors.stream()
                .map(f -> f.detail() != null && !f.detail().isBlank() ? f.detail() : f.label()).toList();
    }
}
