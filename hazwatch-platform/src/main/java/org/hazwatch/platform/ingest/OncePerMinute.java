package org.hazwatch.platform.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Says whether something about one gateway (or topic) should be logged now: at most once a minute per key, so a
 * gateway that keeps sending what is refused is named in the log without flooding it. Counters count every one.
 */
final class OncePerMinute {

    private static final Duration QUIET = Duration.ofMinutes(1);
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final ConcurrentMap<String, Instant> lastLogged = new ConcurrentHashMap<>();

    OncePerMinute(Clock clock) {
        this.clock = clock;
    }

    /** Whether to log about {@code key} now; the first time, and then once a minute has passed since the last. */
    boolean due(String key) {
        Instant now = clock.instant();
        if (lastLogged.size() > MAX_KEYS) {
            lastLogged.values().removeIf(last -> !now.isBefore(last.plus(QUIET)));
        }
        boolean[] due = {false};
        lastLogged.compute(key, (k, last) -> {
            if (last == null || !now.isBefore(last.plus(QUIET))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        return due[0];
    }
}
