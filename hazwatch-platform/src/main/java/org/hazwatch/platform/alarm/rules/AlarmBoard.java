package org.hazwatch.platform.alarm.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The open alarm episodes and their ISA-18.2 state machine (报警状态机). Condition changes, people's operations and
 * covers move episodes; every move is recorded as a {@link Transition}. What changed since the last {@link #drain}
 * is handed out there, to be stored. Not thread-safe: one thread owns a board.
 */
public final class AlarmBoard {

    /** What changed: the episodes in their new state (closed ones included) and their transitions, in order. */
    public record Changes(List<Episode> episodes, List<Transition> transitions) {

        public boolean isEmpty() {
            return episodes.isEmpty();
        }
    }

    private final Map<AlarmKey, Episode> open = new HashMap<>();
    private final Map<UUID, AlarmKey> keys = new HashMap<>();
    private final Map<UUID, Episode> touched = new LinkedHashMap<>();
    private final List<Transition> transitions = new ArrayList<>();

    /** Applies a condition change, under the cover that holds for its alarm at the change's time. */
    public void apply(ConditionChange c, Cover cover) {
        Episode e = open.get(c.key());
        if (c.raises()) {
            if (e == null) {
                Episode raised = new Episode(c.key().episodeId(c.at()), c.key(), c.to(), true, false, cover, c.at(),
                        null, c.peak(), c.late(), 1);
                keys.put(raised.id(), raised.key());
                record(raised, EpisodeState.NORMAL, null, TransitionKind.RAISED, c.at(), Transition.SYSTEM, c.value(),
                        null);
            } else if (!e.active()) {
                // ISA-18.2: returned-unacknowledged goes back to unacknowledged when the condition returns.
                record(e.next(c.to(), true, false, cover, null, c.peak()), e.state(), e.severity(),
                        TransitionKind.RAISED, c.at(), Transition.SYSTEM, c.value(), null);
            }
            return;
        }
        if (e == null || !e.active()) {
            return;
        }
        if (c.clears()) {
            record(e.next(e.severity(), false, e.acknowledged(), e.cover(), c.at(), c.peak()), e.state(), e.severity(),
                    TransitionKind.CLEARED, c.at(), Transition.SYSTEM, c.value(), null);
        } else if (c.peakOnly()) {
            Episode peaked = e.withPeak(c.peak());
            open.put(peaked.key(), peaked);
            touched.put(peaked.id(), peaked);
        } else {
            // A rise to a more urgent severity must be acknowledged again; a fall keeps the acknowledgement.
            boolean acked = e.acknowledged() && !c.to().outranks(e.severity());
            record(e.next(c.to(), true, acked, e.cover(), null, c.peak()), e.state(), e.severity(),
                    TransitionKind.SEVERITY_CHANGED,
                    c.at(), Transition.SYSTEM, c.value(), null);
        }
    }

    /** A person acknowledges an open episode (确认), with an optional comment. */
    public Episode acknowledge(UUID id, String actor, String comment, Instant at) {
        Episode e = openById(id).orElseThrow(() -> new AlarmOperationRefused("the alarm is closed"));
        if (e.acknowledged()) {
            throw new AlarmOperationRefused("the alarm is already acknowledged");
        }
        return record(e.next(e.severity(), e.active(), true, e.cover(), e.clearedAt(), e.peakValue()), e.state(),
                e.severity(),
                TransitionKind.ACKNOWLEDGED, at, actor, null, comment);
    }

    /**
     * The cover of an alarm changed (shelved, unshelved, suppressed, out of service, back): its open episode follows.
     * A covered episode whose condition is no longer active closes; an uncovered active one is annunciated afresh.
     */
    public Optional<Episode> cover(AlarmKey key, Cover cover, String actor, String note, Instant at) {
        Episode e = open.get(key);
        if (e == null || e.cover() == cover) {
            return Optional.empty();
        }
        TransitionKind kind = cover == Cover.NONE ? TransitionKind.uncovering(e.cover())
                : TransitionKind.covering(cover);
        boolean acked = cover == Cover.NONE ? false : e.acknowledged();
        return Optional.of(record(e.next(e.severity(), e.active(), acked, cover, e.clearedAt(), e.peakValue()),
                e.state(), e.severity(), kind, at, actor, null, note));
    }

    public Optional<Episode> openById(UUID id) {
        AlarmKey key = keys.get(id);
        return key == null ? Optional.empty() : Optional.ofNullable(open.get(key));
    }

    public Optional<Episode> openOf(AlarmKey key) {
        return Optional.ofNullable(open.get(key));
    }

    /** Whether a point or an enterprise is alarmed as offline (judged on the wall clock) and still active. */
    public boolean anyActiveOffline() {
        return open.values().stream().anyMatch(e -> e.active() && !e.key().kind().onReadingTime());
    }

    public Collection<Episode> openEpisodes() {
        return List.copyOf(open.values());
    }

    /** Puts back open episodes as they were stored (after a restart). */
    public void restore(Collection<Episode> episodes) {
        for (Episode e : episodes) {
            if (!e.closed()) {
                open.put(e.key(), e);
                keys.put(e.id(), e.key());
            }
        }
    }

    /** Whether anything changed since the last {@link #drain}. */
    public boolean hasChanges() {
        return !touched.isEmpty();
    }

    /** Hands out and forgets what changed since the last call. */
    public Changes drain() {
        Changes changes = new Changes(List.copyOf(touched.values()), List.copyOf(transitions));
        touched.clear();
        transitions.clear();
        return changes;
    }

    private Episode record(Episode after, EpisodeState from, Severity was, TransitionKind kind, Instant at,
                           String actor, Double value, String note) {
        transitions.add(new Transition(after.id(), after.key(), after.seq(), at, actor, kind, from, after.state(),
                after.severity(), was, value == null || value.isNaN() ? null : value, note));
        touched.put(after.id(), after);
        if (after.closed()) {
            open.remove(after.key());
            keys.remove(after.id());
        } else {
            open.put(after.key(), after);
        }
        return after;
    }
}
