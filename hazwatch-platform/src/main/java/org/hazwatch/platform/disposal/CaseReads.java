package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.disposal.rules.HandlingCase;
import org.hazwatch.platform.disposal.rules.TimelineText;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.stereotype.Component;

/** Reading cases, timelines and photos within the actor's scope; out of scope reads as not found. */
@Component
class CaseReads {

    private final DisposalStore store;
    private final ZoneId zone;

    CaseReads(DisposalStore store, HazwatchProperties hazwatch) {
        this.store = store;
        this.zone = hazwatch.zone();
    }

    DisposalStore.Stored visible(Actor actor, UUID warningId) {
        return store.find(warningId).filter(s -> actor.sees(s.enterpriseCode(), s.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("warning", warningId.toString()));
    }

    DisposalView one(Actor actor, UUID warningId, Instant now) {
        return view(visible(actor, warningId), now);
    }

    List<TimelineEntry> timeline(Actor actor, UUID warningId) {
        visible(actor, warningId);
        Map<Long, List<UUID>> photos = store.photoIds(warningId);
        List<TimelineEntry> entries = new ArrayList<>();
        String lastDay = null;
        for (DisposalStore.Step step : store.steps(warningId)) {
            String minute = TimelineText.minute(step.at(), zone);
            String day = minute.substring(0, 10);
            String time = day.equals(lastDay) ? minute.substring(11) : minute;
            lastDay = day;
            entries.add(new TimelineEntry(shown(step.at()), step.kind(), step.actor(), step.text(),
                    time + " " + step.text(), photos.getOrDefault(step.id(), List.of()).stream()
                    .map(p -> "/api/v1/warnings/" + warningId + "/photos/" + p).toList()));
        }
        return entries;
    }

    List<DisposalView> list(Actor actor, String enterpriseCode, CaseState state, boolean overdue, int limit,
                            Instant now) {
        return store.list(actor.scope().ofEnterprise(enterpriseCode), state, overdue, now, limit).stream().map(s -> view(s, now)).toList();
    }

    DisposalStore.Photo photo(Actor actor, UUID warningId, UUID photoId) {
        visible(actor, warningId);
        return store.photo(warningId, photoId).orElseThrow(() -> new NotFoundException("photo", photoId.toString()));
    }

    private DisposalView view(DisposalStore.Stored s, Instant now) {
        HandlingCase c = s.handling();
        return new DisposalView(s.warningId(), s.enterpriseCode(), s.hazardSourceCode(), s.jurisdictionPath(),
                c.level(), s.currentLevel(), c.state(), c.state().label(), c.state().openStep(),
                shown(c.deadline()), c.overdue(now), c.rungsTaken(),
                shown(c.state().enterprisesTurn() ? c.followUpDeadline() : null), c.lifted(),
                shown(s.raisedAt()), shown(s.signedForAt()), shown(s.fedBackAt()),
                shown(s.closedAt()));
    }

    private OffsetDateTime shown(Instant at) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime();
    }
}
