package org.hazwatch.platform.telemetry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PresenceTest {

    static final Instant START = Instant.parse("2026-11-30T00:00:00Z");
    final Presence presence = new Presence(Duration.ofMinutes(10), START);

    @Test
    void aPointIsOfflineTenMinutesAfterItsLastReading() {
        Instant heard = START.plusSeconds(60);
        assertThat(presence.online(heard, heard.plus(Duration.ofMinutes(10)).minusMillis(1))).isTrue();
        assertThat(presence.online(heard, heard.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void somethingNeverHeardIsGivenTenMinutesFromTheStartOfWatching() {
        assertThat(presence.online(null, START.plusSeconds(599))).isTrue();
        assertThat(presence.online(null, START.plusSeconds(600))).isFalse();
    }

    @Test
    void reportsGoingOfflineOnceAndComingBackOnce() {
        Instant heard = START.plusSeconds(10);
        assertThat(presence.observe("p", heard, heard.plusSeconds(60))).isEmpty();
        assertThat(presence.observe("p", heard, heard.plusSeconds(601)))
                .contains(new Presence.Change("p", false, heard, heard.plusSeconds(601)));
        assertThat(presence.observe("p", heard, heard.plusSeconds(700))).isEmpty();
        Instant again = heard.plusSeconds(800);
        assertThat(presence.observe("p", again, again))
                .contains(new Presence.Change("p", true, again, again));
    }

    @Test
    void reportsSomethingFirstSeenOfflineButNothingFirstSeenOnline() {
        assertThat(presence.observe("silent", null, START.plusSeconds(900))).isPresent();
        assertThat(presence.observe("fine", START, START.plusSeconds(1))).isEmpty();
    }

    @Test
    void remembersOnlyWhatIsOfflineAndReportsAsAJudgementPerSubjectWould() {
        java.util.Map<String, Boolean> judged = new java.util.HashMap<>();
        java.util.Random random = new java.util.Random(17);
        for (int step = 0; step < 5_000; step++) {
            String subject = "p" + random.nextInt(20);
            Instant now = START.plusSeconds(step * 30L);
            Instant heard = random.nextBoolean() ? null : now.minusSeconds(random.nextInt(1_200));
            boolean online = presence.online(heard, now);
            Boolean before = judged.put(subject, online);
            boolean changed = before == null ? !online : before != online;

            assertThat(presence.observe(subject, heard, now).isPresent()).as("step %d", step).isEqualTo(changed);
            assertThat(presence.judgedOffline())
                    .isEqualTo(judged.values().stream().filter(o -> !o).count());
        }
    }
}
