package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.alarm.rules.AlarmBoard;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Episode;
import org.hazwatch.platform.alarm.rules.Transition;
import org.hazwatch.platform.alarm.rules.TransitionKind;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the platform what the engine stored: {@link AlarmRaised}, {@link AlarmSeverityChanged} and
 * {@link AlarmCleared} as an alarm comes into force, moves, and leaves it; every transition to the live feed.
 */
@Component
class AlarmPublisher {

    private final ApplicationEventPublisher events;
    private final AlarmStream stream;

    AlarmPublisher(ApplicationEventPublisher events, AlarmStream stream) {
        this.events = events;
        this.stream = stream;
    }

    void publish(AlarmBoard.Changes changes, Function<EnterpriseCode, String> pathOf) {
        for (Transition t : changes.transitions()) {
            boolean before = t.from().inForce();
            boolean after = t.to().inForce();
            EnterpriseCode enterprise = t.key().enterpriseCode();
            AlarmKind kind = t.key().kind();
            if (!before && after) {
                Episode e = changes.episodes().stream().filter(x -> x.id().equals(t.episodeId())).findFirst()
                        .orElseThrow();
                events.publishEvent(new AlarmRaised(t.episodeId(), enterprise, t.key().pointCode(), kind,
                        t.severity(), t.severity().priority(), t.at(), e.late()));
            } else if (before && !after) {
                events.publishEvent(new AlarmCleared(t.episodeId(), enterprise, t.key().pointCode(), kind,
                        t.severity(), t.at()));
            } else if (after && t.kind() == TransitionKind.SEVERITY_CHANGED) {
                events.publishEvent(new AlarmSeverityChanged(t.episodeId(), enterprise, t.key().pointCode(), kind,
                        t.was(), t.severity(), t.severity().priority(), t.at()));
            }
        }
        stream.send(changes, pathOf);
    }

    /** Late episodes were stored: one {@link AlarmsBackfilled} per enterprise, over the time they cover. */
    void backfilled(AlarmBoard.Changes changes) {
        Map<EnterpriseCode, List<Episode>> byEnterprise = changes.episodes().stream()
                .collect(Collectors.groupingBy(e -> e.key().enterpriseCode()));
        byEnterprise.forEach((enterprise, episodes) -> {
            Instant from = episodes.stream().map(Episode::raisedAt).min(Instant::compareTo).orElseThrow();
            Instant to = episodes.stream().map(e -> e.clearedAt() != null ? e.clearedAt() : e.raisedAt())
                    .max(Instant::compareTo).orElseThrow();
            events.publishEvent(new AlarmsBackfilled(enterprise, from, to, episodes.size()));
        });
    }
}
