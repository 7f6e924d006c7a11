package org.hazwatch.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.inspection.rules.PatrolSchedule;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the patrol rounds that counties and parks with enterprises did not complete by their deadline (SPEC §9,
 * 12:00 and 18:00 local by default, each node's own where its settings say otherwise) and publishes {@link PatrolRoundMissed} once per node, day and round. Yesterday is looked
 * at too, so a platform down over a deadline still records the miss.
 */
@Component
class PatrolRoundWatch {

    private final PatrolUnits units;
    private final PatrolStore store;
    private final PatrolCompliance compliance;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PatrolRoundWatch(PatrolUnits units, PatrolStore store, PatrolCompliance compliance,
                     ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.store = store;
        this.compliance = compliance;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hazwatch.inspection.patrol.check-every:1m}",
            initialDelayString = "${hazwatch.inspection.patrol.check-every:1m}")
    void check() {
        check(clock.instant());
    }

    /** Looks at the rounds due by {@code now} (tests pass their own time). */
    @Transactional
    void check(Instant now) {
        LocalDate today = compliance.schedule().dayOf(now);
        List<RegisteredEnterprise> all = units.enterprises(null);
        for (Jurisdiction node : units.nodesOf(all, JurisdictionLevel.COUNTY, JurisdictionLevel.PARK)) {
            PatrolSchedule schedule = compliance.schedule(node.path());
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                List<PatrolRound> past = schedule.pastDeadline(day, now);
                if (past.isEmpty()) {
                    continue;
                }
                ComplianceView figures = compliance.of(node, day);
                for (ComplianceView.RoundFigure round : figures.rounds()) {
                    if (past.contains(round.round()) && round.due() > 0 && !round.complete()) {
                        PatrolRoundMissed missed = new PatrolRoundMissed(node.code(), node.name(), node.path(), day,
                                round.round(), schedule.deadline(day, round.round()), round.due(),
                                round.patrolled());
                        if (store.recordMiss(missed, now)) {
                            events.publishEvent(missed);
                        }
                    }
                }
            }
        }
    }
}
