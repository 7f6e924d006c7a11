package org.hazwatch.gateway;

import java.time.Duration;

/**
 * How long to wait before the next attempt after {@code failures} failures in a row: {@code first}, doubling,
 * never more than {@code cap}. The sender retries without end — a reading is never given up for being late —
 * so the cap is what bounds how soon it notices the platform is back.
 */
record Backoff(Duration first, Duration cap) {

    Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= cap, not " + first + ", " + cap);
        }
    }

    Duration delay(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 30);
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis >= cap.toMillis() ? cap : Duration.ofMillis(millis);
    }
}
