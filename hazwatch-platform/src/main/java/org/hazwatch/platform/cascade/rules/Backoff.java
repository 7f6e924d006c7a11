package org.hazwatch.platform.cascade.rules;

import java.time.Duration;

/**
 * How long the city's sender waits before it tries a batch again (docs/CASCADE.md, back-off): the first delay after
 * one failure, doubled per further failure up to the cap, without end — the province may be away for a day and the
 * city keeps everything; the first success starts again from nothing. The same policy as the gateway's.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("the first delay must be positive and not above the cap");
        }
    }

    /** The wait after {@code failures} failures in a row; none after none. */
    public Duration after(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        // doubling 2^(failures-1) overflows long past ~62 doublings; the cap is reached long before
        int doublings = Math.min(failures - 1, 40);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }
}
