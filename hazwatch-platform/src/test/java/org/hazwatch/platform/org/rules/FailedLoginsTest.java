package org.hazwatch.platform.org.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedLoginsTest {

    static final FailedLogins.Policy POLICY =
            new FailedLogins.Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void locksOnTheFifthFailureWithinTheWindow() {
        FailedLogins logins = new FailedLogins(POLICY);
        for (int i = 0; i < 4; i++) {
            assertThat(logins.fail(T0.plusSeconds(i * 60L))).isFalse();
        }
        assertThat(logins.lockedAt(T0.plusSeconds(240))).isFalse();
        assertThat(logins.fail(T0.plusSeconds(300))).isTrue();
        assertThat(logins.lockedAt(T0.plusSeconds(301))).isTrue();
    }

    @Test
    void unlocksFifteenMinutesAfterTheLock() {
        FailedLogins logins = new FailedLogins(POLICY);
        for (int i = 0; i < 5; i++) {
            logins.fail(T0);
        }
        assertThat(logins.lockedAt(T0.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(logins.lockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        FailedLogins logins = new FailedLogins(POLICY);
        for (int i = 0; i < 4; i++) {
            logins.fail(T0);
        }
        assertThat(logins.fail(T0.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(logins.lockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void countsAfreshAfterALockEnds() {
        FailedLogins logins = new FailedLogins(POLICY);
        for (int i = 0; i < 5; i++) {
            logins.fail(T0);
        }
        Instant after = T0.plus(Duration.ofMinutes(16));
        assertThat(logins.fail(after)).isFalse();
        assertThat(logins.lockedAt(after)).isFalse();
    }
}
