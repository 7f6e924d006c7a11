package org.hazwatch.platform.org;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import org.hazwatch.platform.org.rules.FailedLogins;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per address, in memory (a restart forgets them, which only gives an
 * attacker one more round of five guesses).
 */
@Component
class LoginThrottle {

    private final FailedLogins.Policy policy;
    private final Cache<String, FailedLogins> failures;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(SecuritySettings settings) {
        this.policy = settings.throttlePolicy();
        this.failures = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(policy.window().plus(policy.lockout())).build();
    }

    boolean locked(String username, String remoteAddr) {
        return lockedKey(userKey(username)) || lockedKey(addressKey(remoteAddr));
    }

    /** Counts a failure; true when it locks the user name or the address. */
    boolean failed(String username, String remoteAddr) {
        boolean userLocked = entry(userKey(username)).fail(clock.instant());
        boolean addressLocked = remoteAddr != null && entry(addressKey(remoteAddr)).fail(clock.instant());
        return userLocked || addressLocked;
    }

    /** A correct password clears the user name's failures, not the address's. */
    void succeeded(String username) {
        failures.invalidate(userKey(username));
    }

    private boolean lockedKey(String key) {
        FailedLogins entry = key == null ? null : failures.getIfPresent(key);
        return entry != null && entry.lockedAt(clock.instant());
    }

    private FailedLogins entry(String key) {
        return failures.get(key, k -> new FailedLogins(policy));
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase());
    }

    private static String addressKey(String remoteAddr) {
        return remoteAddr == null ? null : "addr:" + remoteAddr;
    }
}
