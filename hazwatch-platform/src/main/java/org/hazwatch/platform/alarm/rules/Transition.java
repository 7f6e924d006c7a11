package org.hazwatch.platform.alarm.rules;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change of an episode (报警状态记录).
 *
 * @param seq      the change's number within its episode, from 1
 * @param at       the reading's time for condition changes, the wall clock for people's and timers' changes
 * @param actor    the user name of a person, {@code system} for the engine
 * @param was      the severity before, null when the episode was raised
 * @param value    the reading that made a condition change, else null
 * @param note     a person's comment or reason, else null
 */
public record Transition(UUID episodeId, AlarmKey key, int seq, Instant at, String actor, TransitionKind kind,
                         EpisodeState from, EpisodeState to, Severity severity, Severity was, Double value,
                         String note) {

    public static final String SYSTEM = "system";
}
