package org.hazwatch.platform.video.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * When a camera counts as offline (SPEC §11): it reported itself offline, or nothing came of it for
 * {@link #SILENT_AFTER}. A camera's online time is the span from an online report to the last report before it went
 * offline: only time it was seen counts.
 */
public final class CameraSilence {

    public static final Duration SILENT_AFTER = Duration.ofMinutes(10);

    private CameraSilence() {
    }

    /** Whether a camera last reported {@code reportedOnline} at {@code lastSeen} is online at {@code now}. */
    public static boolean online(boolean reportedOnline, Instant lastSeen, Instant now) {
        return reportedOnline && lastSeen != null && now.isBefore(lastSeen.plus(SILENT_AFTER));
    }

    /** When the silent camera became offline by the rule: {@link #SILENT_AFTER} after it was last seen. */
    public static Instant offlineSince(Instant lastSeen) {
        return lastSeen.plus(SILENT_AFTER);
    }
}
