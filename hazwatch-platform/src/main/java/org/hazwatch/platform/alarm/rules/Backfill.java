package org.hazwatch.platform.alarm.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Back-fill (补传) evaluated: readings older than the newest already evaluated for their point go through the same
 * {@link ConditionEngine} and {@link AlarmBoard} as live ones, on copies of their own, so the live state is not
 * disturbed. The copies start from the stored readings of a look-back before the stretch (state only, nothing is
 * raised there), take the back-filled stretch (episodes raised there are the late ones, marked late, with their
 * true times), and go on through the readings stored after it up to where the live engine is, so an episode is
 * known to have ended or to be still active now.
 *
 * <p>An episode that ended is stored closed: the system acknowledges it (a person could not have, the link was
 * down), so it asks nothing of anyone live and is not notified. One still active now becomes live: the engine
 * takes it and the point's conditions as the copy has them ({@link Outcome#adopted}). One still active while the
 * live board already has an open episode of the same alarm (raised when the live readings met the condition) ends
 * where that one begins: the live one carries on.
 */
public final class Backfill {

    /** Note of the system's acknowledgement of an episode that ended before it was back-filled. */
    public static final String ENDED = "补传：报警在数据补传前已恢复，系统确认";
    /** Note of the system's acknowledgement of an episode the live alarm carries on. */
    public static final String CONTINUED = "补传：报警由实时报警接续，系统确认";

    /**
     * @param changes  every episode found (in its final state) and all their transitions, to be stored
     * @param adopted  the episodes still active now, to go on the live board (their changes are in both)
     * @param live     the changes of the adopted episodes only, to be published as live ones
     * @param points   the points whose live conditions must be taken from {@code conditions}
     */
    public record Outcome(AlarmBoard.Changes changes, List<Episode> adopted, AlarmBoard.Changes live,
                          Set<String> points, ConditionEngine conditions) {
    }

    private Backfill() {
    }

    /**
     * @param settings    the points' settings, as the live engine has them
     * @param stored      the stored readings of the back-filled points, from the look-back up to where the live
     *                    engine is for each point, in any order (the engine orders them by time)
     * @param stretchOf   per point, the first and last time back-filled ({@code [from, to]})
     * @param coverAt     the cover that held for an alarm at a time
     * @param liveOpen    the live board's open episode of an alarm
     * @param now         when the system acknowledges what ended
     */
    public static Outcome evaluate(Function<String, PointAlarmSettings> settings, List<Sample> stored,
                                   Map<String, Instant[]> stretchOf, BiFunction<AlarmKey, Instant, Cover> coverAt,
                                   Function<AlarmKey, Optional<Episode>> liveOpen, Instant now) {
        ConditionEngine conditions = new ConditionEngine(settings);
        AlarmBoard board = new AlarmBoard();
        List<Sample> marked = new ArrayList<>(stored.size());
        for (Sample s : stored) {
            Instant[] stretch = stretchOf.get(s.pointCode());
            boolean in = stretch != null && !s.time().isBefore(stretch[0]) && !s.time().isAfter(stretch[1]);
            marked.add(in && !s.late() ? new Sample(s.pointCode(), s.time(), s.value(), s.quality(), true) : s);
        }
        conditions.evaluateAll(marked, change -> {
            Instant[] stretch = stretchOf.get(change.key().pointCode().code());
            if (stretch == null || change.at().isBefore(stretch[0])) {
                return;  // the state at the start of the stretch is being built
            }
            if (change.raises() && change.at().isAfter(stretch[1]) && board.openOf(change.key()).isEmpty()) {
                return;  // after the stretch, a new episode is the live engine's to raise
            }
            board.apply(change, coverAt.apply(change.key(), change.at()));
        });
        List<Episode> adopted = new ArrayList<>();
        for (Episode e : board.openEpisodes()) {
            if (!e.active()) {
                board.acknowledge(e.id(), Transition.SYSTEM, ENDED, now);
                continue;
            }
            Optional<Episode> carriedOn = liveOpen.apply(e.key());
            if (carriedOn.isPresent()) {
                Instant end = carriedOn.get().raisedAt().isAfter(e.raisedAt()) ? carriedOn.get().raisedAt() : now;
                board.apply(new ConditionChange(e.key(), end, e.severity(), null, Double.NaN, e.peakValue(), true),
                        e.cover());
                board.openOf(e.key()).filter(x -> !x.acknowledged())
                        .ifPresent(x -> board.acknowledge(x.id(), Transition.SYSTEM, CONTINUED, now));
            } else {
                adopted.add(e);
            }
        }
        AlarmBoard.Changes changes = board.drain();
        Set<java.util.UUID> adoptedIds = new HashSet<>();
        Set<String> points = new HashSet<>();
        Map<java.util.UUID, Episode> finalStates = new HashMap<>();
        for (Episode e : adopted) {
            adoptedIds.add(e.id());
            points.add(e.key().pointCode().code());
        }
        changes.episodes().forEach(e -> finalStates.put(e.id(), e));
        AlarmBoard.Changes live = new AlarmBoard.Changes(
                changes.episodes().stream().filter(e -> adoptedIds.contains(e.id())).toList(),
                changes.transitions().stream().filter(t -> adoptedIds.contains(t.episodeId())).toList());
        return new Outcome(changes, adopted.stream().map(e -> finalStates.getOrDefault(e.id(), e)).toList(), live,
                points, conditions);
    }
}
