package org.hazwatch.platform.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestAgeTest {

    static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    final RequestAge age = new RequestAge(Duration.ofMinutes(5));

    @Test
    void servesARequestUpToFiveMinutesOld() {
        assertThat(age.fresh(NOW.minusSeconds(300), NOW)).isTrue();
        assertThat(age.fresh(NOW.minusSeconds(301), NOW)).isFalse();
    }

    @Test
    void refusesARequestStampedMoreThanFiveMinutesAhead() {
        assertThat(age.fresh(NOW.plusSeconds(300), NOW)).isTrue();
        assertThat(age.fresh(NOW.plusSeconds(301), NOW)).isFalse();
    }
}
