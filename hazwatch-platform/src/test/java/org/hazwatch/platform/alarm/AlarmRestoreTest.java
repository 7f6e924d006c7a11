package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.protocol.EnterpriseCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engine's memory thrown away and brought back from the database and the reading log. */
@PlatformTest
class AlarmRestoreTest {

    @Autowired
    AlarmEngine engine;

    @Autowired
    InMemoryAlarmPoints points;

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutOfService outOfService;

    @Autowired
    AlarmEventsRecorder events;

    AlarmFixture plant;

    @BeforeEach
    void setUp() {
        plant = new AlarmFixture(points, log, jdbc);
    }

    @Test
    void afterARestartAnActiveAlarmIsNeitherRaisedAgainNorForgotten() {
        plant.send(Duration.ofSeconds(30), 95);
        String id = plant.awaitEpisodeStates("UNACKNOWLEDGED").get(0);

        restore();
        plant.send(Duration.ofSeconds(20), 96);
        plant.send(Duration.ofSeconds(10), 50);

        assertThat(plant.awaitEpisodeStates("RETURNED_UNACKNOWLEDGED")).containsExactly(id);
        assertThat(plant.transitions(id)).containsExactly("RAISED", "CLEARED");
    }

    @Test
    void transitionsNotYetStoredWhenTheEngineStoppedAreStoredAtTheRestartAndStoredOnce() {
        Instant before = Instant.now().minusSeconds(1);
        plant.send(Duration.ofSeconds(30), 95);
        String id = plant.awaitEpisodeStates("UNACKNOWLEDGED").get(0);
        // as if the engine had stopped before storing: its progress back before the reading, the episode gone
        jdbc.sql("UPDATE alarm_engine_state SET evaluated_through = :t, saved_through = :t, conditions = NULL")
                .param("t", Timestamp.from(before)).update();
        jdbc.sql("DELETE FROM alarm_condition_image").update();
        jdbc.sql("DELETE FROM alarm_episode WHERE id = CAST(:id AS uuid)").param("id", id).update();

        restore();
        restore();

        assertThat(plant.awaitEpisodeStates("UNACKNOWLEDGED")).containsExactly(id);
        assertThat(plant.transitions(id)).containsExactly("RAISED");
    }

    @Test
    void conditionsSavedAsAWholeImageThenAsTheChangedPointsAreRestoredAsTheyWere() {
        plant.send(Duration.ofSeconds(30), 95);
        plant.awaitEpisodeStates("UNACKNOWLEDGED");
        saveConditions(true, Duration.ofSeconds(30));
        plant.send(Duration.ofSeconds(20), 96);
        long rows = saveConditions(false, Duration.ofSeconds(20));

        assertThat(jdbc.sql("SELECT whole FROM alarm_condition_image WHERE id = :id").param("id", rows)
                .query(Boolean.class).single()).isFalse();
        byte[] live = engine.call(() -> engine.conditions().stateOf(plant.point));
        assertThat(live).isNotNull();
        restore();
        assertThat(engine.call(() -> engine.conditions().stateOf(plant.point))).isEqualTo(live);
    }

    /** Saves the conditions once the point's reading sent {@code ago} is evaluated; returns the row written. */
    private long saveConditions(boolean restoreFirst, Duration ago) {
        if (restoreFirst) {
            restore();  // the first save after a restore is a whole image
        }
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM alarm_condition_image").query(Long.class).single();
        Instant sent = Instant.now().minus(ago).minusSeconds(4);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Instant through = engine.call(() -> engine.evaluatedThrough(plant.point));
            return through != null && through.isAfter(sent);
        });
        engine.call(() -> {
            engine.commit(true, null);
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT coalesce(max(id), 0) FROM alarm_condition_image").query(Long.class).single() > before);
        return jdbc.sql("SELECT max(id) FROM alarm_condition_image").query(Long.class).single();
    }

    @Test
    void aPointOutOfServiceRaisesNothingInForceAndItsAlarmComesBackWhenThePeriodEnds() {
        UUID period = outOfService.take(Actor.system(), EnterpriseCode.of(plant.enterprise), Set.of(plant.point),
                Instant.now().minusSeconds(3600), Instant.now().plusSeconds(3600), "报备 2026-001");
        plant.send(Duration.ofSeconds(30), 95);
        String id = plant.awaitEpisodeStates("OUT_OF_SERVICE").get(0);
        assertThat(events.about(plant.point)).isEmpty();

        assertThat(outOfService.end(Actor.system(), period)).isTrue();

        plant.awaitEpisodeStates("UNACKNOWLEDGED");
        assertThat(plant.transitions(id)).containsExactly("RAISED", "RETURNED_TO_SERVICE");
        assertThat(events.about(plant.point)).hasExactlyElementsOfTypes(AlarmRaised.class);
        assertThat(outOfService.end(Actor.system(), period)).isFalse();
    }

    private void restore() {
        engine.call(() -> {
            engine.restore();
            return null;
        });
    }
}
