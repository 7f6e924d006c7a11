package org.hazwatch.platform.org.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Failed logins (登录失败) of one user name or one address. After {@code maxFailures} failures within
 * {@code window}, further attempts are refused for {@code lockout}, whatever the password (OWASP
 * authentication guidance: throttle per account and per source).
 */
public final class FailedLogins {

    /** The throttling policy; the platform's defaults are 5 failures in 15 minutes, 15 minutes locked. */
    public record Policy(int maxFailures, Duration window, Duration lockout) {
    }

    private final Policy policy;
    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    public FailedLogins(Policy policy) {
        this.policy = policy;
    }

    public synchronized boolean lockedAt(Instant now) {
        return now.isBefore(lockedUntil);
    }

    /** Counts a failure; returns true when this failure locks further attempts. */
    public synchronized boolean fail(Instant now) {
        Instant oldest = now.minus(policy.window());
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
            failures.removeFirst();
        }
        failures.addLast(now);
        if (failures.size() >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockout());
            failures.clear();
            return true;
        }
        return false;
    }
}
