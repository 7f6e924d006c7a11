package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.alarm.rules.AlarmKey;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Backfill;
import org.hazwatch.platform.telemetry.AppendOutcome;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Back-fill (补传) evaluated: a gateway sends its live readings first and the backlog of the outage after them. The
 * backlog goes through the same rules from the state before it; what it finds is stored marked late with its true
 * times, announced to no one live, and the live state stays as it was.
 */
@PlatformTest
class AlarmBackfillTest {

    static final Duration STEP = Duration.ofSeconds(10);

    @Autowired
    AlarmEngine engine;

    @Autowired
    InMemoryAlarmPoints points;

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlarmEventsRecorder events;

    @Autowired
    MockMvc mockMvc;

    AlarmFixture plant;
    /** Where the live readings begin: the outage was the 30 minutes before. */
    final Instant liveFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(10));
    final Instant outageFrom = liveFrom.minus(Duration.ofMinutes(30));

    @BeforeEach
    void setUp() {
        plant = new AlarmFixture(points, log, jdbc);
    }

    @Test
    void aBackFilledHhEpisodeIsStoredOnceWithItsTrueTimesMarkedLateAndTheLiveStateStaysAsItWas() {
        // a few minutes of readings before the outage, then 10 minutes live: all normal (H 80, HH 90)
        send(liveFrom.minus(Duration.ofMinutes(35)), 30, i -> 50);
        for (int minute = 0; minute < 10; minute++) {
            send(liveFrom.plus(Duration.ofMinutes(minute)), 6, i -> 55);
        }
        Instant lastLive = liveFrom.plus(Duration.ofMinutes(10)).minus(STEP);
        await().atMost(Duration.ofSeconds(10)).until(() -> lastLive.equals(liveEvaluatedThrough()));
        // the backlog: 30 minutes; the level over HH from minute 10 to minute 15 of it (its readings at 95)
        Instant overFrom = outageFrom.plus(Duration.ofMinutes(10));
        Instant backTo = outageFrom.plus(Duration.ofMinutes(15));
        List<List<NewReading>> backlog = new ArrayList<>();
        for (int tenMinutes = 0; tenMinutes < 3; tenMinutes++) {
            Instant from = outageFrom.plus(Duration.ofMinutes(10L * tenMinutes));
            backlog.add(readings(from, 60, i -> {
                Instant t = from.plus(STEP.multipliedBy(i));
                return !t.isBefore(overFrom) && t.isBefore(backTo) ? 95 : 52;
            }));
        }

        backlog.forEach(batch -> assertThat(log.append(batch).join()).isEqualTo(new AppendOutcome(60, 0)));

        String id = plant.awaitEpisodeStates("NORMAL").get(0);
        Map<String, Object> episode = jdbc.sql("""
                SELECT severity, late, raised_at, cleared_at, peak_value FROM alarm_episode WHERE id = CAST(:id AS uuid)""")
                .param("id", id).query().singleRow();
        assertThat(episode.get("severity")).isEqualTo("HH");
        assertThat(episode.get("late")).isEqualTo(true);
        assertThat(((Timestamp) episode.get("raised_at")).toInstant()).isEqualTo(overFrom);
        assertThat(((Timestamp) episode.get("cleared_at")).toInstant()).isEqualTo(backTo);
        assertThat(episode.get("peak_value")).isEqualTo(95.0);
        assertThat(plant.transitions(id)).containsExactly("RAISED", "CLEARED", "ACKNOWLEDGED");
        assertThat(jdbc.sql("SELECT actor || ' ' || note FROM alarm_transition WHERE episode_id = CAST(:id AS uuid) "
                + "AND kind = 'ACKNOWLEDGED'").param("id", id).query(String.class).single())
                .isEqualTo("system " + Backfill.ENDED);
        // the API view says 补传 (late) with the true raise time
        assertThat(MockMvcTester.create(mockMvc).get().uri("/api/v1/alarms/" + id).with(AlarmApiTest.admin()))
                .hasStatusOk().bodyJson().extractingPath("$.alarm.late").isEqualTo(true);
        // ended long ago: no live notification, but the warning model and the health figures are told
        assertThat(events.about(plant.point)).isEmpty();
        assertThat(events.backfilledOf(plant.enterprise)).singleElement()
                .isEqualTo(new AlarmsBackfilled(EnterpriseCode.of(plant.enterprise), overFrom, backTo, 1));
        // the live state as it was
        assertThat(liveEvaluatedThrough()).isEqualTo(lastLive);
        assertThat(liveOpen(AlarmKind.LIMIT_HIGH)).isFalse();

        // the same stretch sent again: all duplicates; again with readings new to it inside the episode
        backlog.forEach(batch -> assertThat(log.append(batch).join()).isEqualTo(new AppendOutcome(0, 60)));
        long backfilled = engine.call(engine::backfilledReadings);
        assertThat(log.append(readings(overFrom.plusSeconds(5), 20, i -> 97)).join())
                .isEqualTo(new AppendOutcome(20, 0));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.call(engine::backfilledReadings) == backfilled + 20);
        engine.call(() -> {
            engine.backfillIfDue(true);  // evaluated now rather than after the gateway's pause
            return null;
        });

        assertThat(plant.states()).containsExactly("NORMAL");
        assertThat(plant.transitions(id)).containsExactly("RAISED", "CLEARED", "ACKNOWLEDGED");
        assertThat(liveEvaluatedThrough()).isEqualTo(lastLive);

        // and the live engine goes on from its own state: the next live reading over HH is a live alarm
        send(lastLive.plus(STEP), 1, i -> 95);
        assertThat(plant.awaitEpisodeStates("NORMAL", "UNACKNOWLEDGED")).hasSize(2);
        assertThat(jdbc.sql("SELECT late FROM alarm_episode WHERE point_code = :p ORDER BY raised_at")
                .param("p", plant.point).query(Boolean.class).list()).containsExactly(true, false);
        assertThat(events.about(plant.point)).singleElement().isInstanceOf(AlarmRaised.class)
                .extracting(e -> ((AlarmRaised) e).late()).isEqualTo(false);
    }

    private void send(Instant from, int count, IntToDoubleFunction value) {
        assertThat(log.append(readings(from, count, value)).join().stored()).isEqualTo(count);
    }

    private List<NewReading> readings(Instant from, int count, IntToDoubleFunction value) {
        List<NewReading> readings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            readings.add(new NewReading(plant.point, from.plus(STEP.multipliedBy(i)), value.applyAsDouble(i),
                    ReadingQuality.GOOD, from.isBefore(liveFrom)));
        }
        return readings;
    }

    private Instant liveEvaluatedThrough() {
        return engine.call(() -> engine.evaluatedThrough(plant.point));
    }

    private boolean liveOpen(AlarmKind kind) {
        return engine.call(() -> engine.board().openOf(AlarmKey.ofPoint(PointCode.of(plant.point), kind))
                .isPresent());
    }
}
