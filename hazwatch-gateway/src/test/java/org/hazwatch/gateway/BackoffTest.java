package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void thePauseDoublesPerFailureUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

        assertThat(IntStream.rangeClosed(0, 6).mapToObj(backoff::delay).map(Duration::toMillis))
                .containsExactly(0L, 100L, 200L, 400L, 800L, 1000L, 1000L);
        assertThat(backoff.delay(10_000)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aCapBelowTheFirstPauseIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
