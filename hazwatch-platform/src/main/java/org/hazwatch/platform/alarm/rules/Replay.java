package org.hazwatch.platform.alarm.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A stored history replayed through the alarm rules (报警回放), for rationalisation (what-if): the same
 * {@link ConditionEngine} and {@link AlarmBoard} as the live engine, on instances of its own, with no cover and no
 * one acknowledging. Readings from before the window ({@code from}) build the conditions as they stood when it
 * began; what is reported is what lies in the window.
 *
 * <p>Besides the board's episodes and transitions (what the live engine would have stored, given nobody had
 * acknowledged or covered anything), the replay lists <em>activations</em>: each time a condition became active
 * until it returned to normal. An episode returned but not acknowledged is annunciated again when its condition
 * comes back (ISA-18.2), so one episode can hold many activations: the health figures count those annunciations.
 */
public final class Replay {

    /**
     * One activation of an alarm (报警发生): from the reading that raised it to the one that returned it to normal.
     *
     * @param severity  the most urgent severity it reached (HH over H, LL over L)
     * @param clearedAt null when still active at the end of the window
     * @param peakValue the most extreme value while active, in the point's unit (the rate, for rate of change)
     */
    public record Activation(AlarmKey key, Severity severity, Instant raisedAt, Instant clearedAt, double peakValue) {

        /** Its seconds inside {@code [from, to]}. */
        public double activeSecondsWithin(Instant from, Instant to) {
            Instant start = raisedAt.isBefore(from) ? from : raisedAt;
            Instant end = clearedAt == null || clearedAt.isAfter(to) ? to : clearedAt;
            return end.isAfter(start) ? Duration.between(start, end).toNanos() / 1e9 : 0;
        }
    }

    /**
     * @param episodes    the board's episodes in their final state
     * @param transitions every transition the board recorded, in order (the look-back's included)
     * @param activations those overlapping the window, in the order they were raised
     */
    public record Outcome(Instant from, Instant to, List<Episode> episodes, List<Transition> transitions,
                          List<Activation> activations) {

        /**
         * The alarm-system health figures of the window, as {@code AlarmHealth} takes them from stored moves: a raise
         * counts with its episode's priority (that of the severity it has last).
         */
        public AlarmSystemHealth.Figures health() {
            Map<UUID, Priority> priorities = new HashMap<>();
            episodes.forEach(e -> priorities.put(e.id(), e.severity().priority()));
            List<AlarmSystemHealth.Raise> raises = new ArrayList<>();
            List<AlarmSystemHealth.Move> moves = new ArrayList<>();
            for (Transition t : transitions) {
                boolean raise = t.kind() == TransitionKind.RAISED;
                if ((raise || t.kind() == TransitionKind.CLEARED) && !t.at().isBefore(from) && t.at().isBefore(to)) {
                    moves.add(new AlarmSystemHealth.Move(t.key(), t.at()));
                    if (raise) {
                        raises.add(new AlarmSystemHealth.Raise(t.key(), priorities.get(t.episodeId()), t.at()));
                    }
                }
            }
            Instant staleBefore = to.minus(Duration.ofHours(24));
            int stale = (int) episodes.stream().filter(e -> e.active() && e.raisedAt().isBefore(staleBefore)).count();
            return AlarmSystemHealth.of(from, to, raises, moves, stale);
        }
    }

    private final ConditionEngine conditions;
    private final AlarmBoard board = new AlarmBoard();
    private final Instant from;
    private final Instant to;
    private final Map<AlarmKey, Activation> open = new HashMap<>();
    private final List<Activation> activations = new ArrayList<>();
    private final List<Transition> transitions = new ArrayList<>();
    private final Map<UUID, Episode> episodes = new LinkedHashMap<>();
    private final ChangeSink sink = this::apply;

    /**
     * @param settings the settings of each point replayed (null for a point not to replay)
     * @param from     where the reported window begins; readings before it only build the state
     * @param to       where it ends; readings after it are ignored
     */
    public Replay(Function<String, PointAlarmSettings> settings, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        this.conditions = new ConditionEngine(settings);
        this.from = from;
        this.to = to;
    }

    /** Takes the next reading; each point's readings must come in their time order (as the live engine orders them). */
    public void take(Sample sample) {
        if (!sample.time().isAfter(to)) {
            conditions.evaluate(sample, sink);
        }
    }

    /** Takes readings in any order: ordered by time first, as the live engine orders a committed group. */
    public void takeAll(List<Sample> samples) {
        List<Sample> ordered = new ArrayList<>(samples);
        ordered.sort(Comparator.comparing(Sample::time));
        ordered.forEach(this::take);
    }

    private void apply(ConditionChange change) {
        board.apply(change, Cover.NONE);
        if (board.hasChanges()) {
            AlarmBoard.Changes changes = board.drain();
            transitions.addAll(changes.transitions());
            changes.episodes().forEach(e -> episodes.put(e.id(), e));
        }
        Activation current = open.get(change.key());
        if (change.raises()) {
            open.put(change.key(), new Activation(change.key(), change.to(), change.at(), null, change.peak()));
        } else if (current != null && change.clears()) {
            open.remove(change.key());
            keep(new Activation(current.key(), current.severity(), current.raisedAt(), change.at(), change.peak()));
        } else if (current != null) {
            Severity worst = change.to().outranks(current.severity()) ? change.to() : current.severity();
            open.put(change.key(), new Activation(current.key(), worst, current.raisedAt(), null, change.peak()));
        }
    }

    private void keep(Activation a) {
        if (a.clearedAt() == null || a.clearedAt().isAfter(from)) {
            activations.add(a);
        }
    }

    /** What the replay found. */
    public Outcome finish() {
        open.values().forEach(this::keep);
        open.clear();
        activations.sort(Comparator.comparing(Activation::raisedAt).thenComparing(a -> a.key().kind()));
        return new Outcome(from, to, List.copyOf(episodes.values()), List.copyOf(transitions),
                List.copyOf(activations));
    }
}
