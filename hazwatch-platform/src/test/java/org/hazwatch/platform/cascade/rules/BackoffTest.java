package org.hazwatch.platform.cascade.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void noFailureNoWait() {
        assertThat(backoff.after(0)).isZero();
    }

    @Test
    void theDelayDoublesPerFailureFromTheFirst() {
        assertThat(backoff.after(1)).hasSeconds(1);
        assertThat(backoff.after(2)).hasSeconds(2);
        assertThat(backoff.after(3)).hasSeconds(4);
        assertThat(backoff.after(6)).hasSeconds(32);
    }

    @Test
    void theDelayStopsAtTheCapHoweverLongTheOutage() {
        assertThat(backoff.after(7)).hasSeconds(60);
        assertThat(backoff.after(100_000)).hasSeconds(60);
    }

    @Test
    void aCapBelowTheFirstDelayIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
