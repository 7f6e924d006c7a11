package org.hazwatch.platform.disposal.rules;

import java.time.Duration;

/**
 * How long each step may take at one warning level (SPEC §7), each counted from the step before.
 *
 * @param signFor  from the push to signing for (签收)
 * @param feedback from signing for (or a rejected verification) to the feedback (处置反馈)
 * @param verify   from the feedback to the regulator's verification (核查), red and orange only
 */
public record LevelDeadlines(Duration signFor, Duration feedback, Duration verify) {

    public LevelDeadlines {
        for (Duration d : new Duration[] {signFor, feedback, verify}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("handling deadlines are positive durations");
            }
        }
    }

    public Duration of(HandlingStep step) {
        return switch (step) {
            case SIGN_FOR -> signFor;
            case FEEDBACK -> feedback;
            case VERIFY -> verify;
            case FOLLOW_UP -> throw new IllegalArgumentException("a follow-up order sets its own deadline");
        };
    }
}
