package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PlatformTest
class AlarmApiTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    InMemoryAlarmPoints points;

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlarmEventsRecorder events;

    @Autowired
    AlarmHealth health;

    AlarmFixture plant;
    MockMvcTester api;

    @BeforeEach
    void setUp() {
        plant = new AlarmFixture(points, log, jdbc);
        api = MockMvcTester.create(mockMvc);
    }

    @Test
    void anEpisodeIsListedAcknowledgedWithACommentAndClosedWhenBackToNormal() {
        plant.send(Duration.ofSeconds(20), 95);
        String id = plant.awaitEpisodeStates("UNACKNOWLEDGED").get(0);

        assertThat(api.get().uri("/api/v1/alarms?enterprise=" + plant.enterprise).with(admin())).hasStatusOk()
                .bodyJson().extractingPath("$[0]").satisfies(alarm -> assertThat(alarm.toString())
                        .contains("pointCode=" + plant.point, "kind=LIMIT_HIGH", "severity=HH", "peakValue=95.0",
                                "late=false", "state=UNACKNOWLEDGED", "raisedAt="));

        assertThat(api.post().uri("/api/v1/alarms/" + id + "/ack").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"cooling water opened\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("ACKNOWLEDGED");
        plant.send(Duration.ofSeconds(10), 50);
        plant.awaitEpisodeStates("NORMAL");

        assertThat(plant.transitions(id)).containsExactly("RAISED", "ACKNOWLEDGED", "CLEARED");
        assertThat(api.get().uri("/api/v1/alarms/" + id).with(admin())).hasStatusOk().bodyJson()
                .extractingPath("$.transitions[1].note").isEqualTo("cooling water opened");
        assertThat(api.get().uri("/api/v1/alarms?enterprise=" + plant.enterprise).with(admin())).hasStatusOk()
                .bodyJson().extractingPath("$").asArray().isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'alarm.ack' AND target_code = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(events.about(plant.point)).hasExactlyElementsOfTypes(AlarmRaised.class, AlarmCleared.class);
    }

    @Test
    void acknowledgingTwiceIsAConflictAndAnUnknownAlarmIsNotFound() {
        plant.send(Duration.ofSeconds(20), 85);
        String id = plant.awaitEpisodeStates("UNACKNOWLEDGED").get(0);
        api.post().uri("/api/v1/alarms/" + id + "/ack").with(admin()).exchange();

        assertThat(api.post().uri("/api/v1/alarms/" + id + "/ack").with(admin())).hasStatus(409);
        assertThat(api.post().uri("/api/v1/alarms/00000000-0000-0000-0000-000000000000/ack").with(admin()))
                .hasStatus(404);
    }

    @Test
    void shelvingNeedsAReasonAndAnEndWithinAWeekAndUnshelvingAnnunciatesTheAlarmAgain() {
        plant.send(Duration.ofSeconds(20), 85);
        String id = plant.awaitEpisodeStates("UNACKNOWLEDGED").get(0);

        assertThat(shelve(id, "{\"reason\":\"\",\"until\":\"" + Instant.now().plusSeconds(3600) + "\"}"))
                .hasStatus(400);
        assertThat(shelve(id, "{\"reason\":\"transmitter replaced\",\"until\":\""
                + Instant.now().plus(Duration.ofDays(8)) + "\"}")).hasStatus(400);
        assertThat(shelve(id, "{\"reason\":\"transmitter replaced\",\"until\":\""
                + Instant.now().plusSeconds(3600) + "\"}")).hasStatusOk().bodyJson().extractingPath("$.state")
                .isEqualTo("SHELVED");
        assertThat(api.post().uri("/api/v1/alarms/" + id + "/unshelve").with(admin())).hasStatusOk().bodyJson()
                .extractingPath("$.state").isEqualTo("UNACKNOWLEDGED");

        assertThat(plant.transitions(id)).containsExactly("RAISED", "SHELVED", "UNSHELVED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_code = :id AND action LIKE 'alarm.%shelve'")
                .param("id", id).query(Integer.class).single()).isEqualTo(2);
        assertThat(events.about(plant.point)).hasExactlyElementsOfTypes(AlarmRaised.class);
    }

    @Test
    void aSuppressionByDesignOfTheEquipmentCoversItsPointsUntilLifted() throws Exception {
        String equipment = plant.point.substring(0, 19);
        var created = api.post().uri("/api/v1/alarms/suppressions").with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\":\"" + equipment + "\",\"reason\":\"unit shut down for overhaul\"}").exchange();
        assertThat(created).hasStatus(201);
        String suppression = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        plant.send(Duration.ZERO, 95);
        plant.awaitEpisodeStates("SUPPRESSED");
        assertThat(api.delete().uri("/api/v1/alarms/suppressions/" + suppression).with(admin())).hasStatus(204);

        plant.awaitEpisodeStates("UNACKNOWLEDGED");
        assertThat(events.about(plant.point)).hasExactlyElementsOfTypes(AlarmRaised.class);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE action LIKE 'alarm.%suppress' AND "
                + "enterprise_code = :e ORDER BY id").param("e", plant.enterprise).query(String.class).list())
                .isEqualTo(List.of("alarm.suppress", "alarm.unsuppress"));
    }

    @Test
    void healthFiguresCountTheEnterprisesAlarmsLiveAndInTheDailySnapshot() {
        plant.send(Duration.ofSeconds(20), 85);
        plant.send(Duration.ofSeconds(10), 50);
        plant.send(Duration.ofSeconds(5), 95);
        plant.awaitEpisodeStates("UNACKNOWLEDGED");

        assertThat(api.get().uri("/api/v1/alarms/health?enterprise=" + plant.enterprise).with(admin()))
                .hasStatusOk().bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.alarms").isEqualTo(2);
                    assertThat(json).extractingPath("$.topTen[0].alarms").isEqualTo(2);
                    assertThat(json).extractingPath("$.rating").isEqualTo("ACCEPTABLE");
                });
        health.snapshot(LocalDate.now(BeijingTime.ZONE));
        String today = LocalDate.now(BeijingTime.ZONE).toString();
        assertThat(api.get().uri("/api/v1/alarms/health/daily?scope=" + plant.enterprise + "&from=" + today
                + "&to=" + today).with(admin())).hasStatusOk().bodyJson().extractingPath("$[0].alarms").isEqualTo(2);
        assertThat(api.get().uri("/api/v1/alarms/health/daily?scope=140525&from=" + today + "&to=" + today)
                .with(admin())).hasStatusOk().bodyJson().extractingPath("$[0].alarms").asNumber()
                .satisfies(n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void aFilterOutsideTheCallersJurisdictionIsNotFound() {
        assertThat(api.get().uri("/api/v1/alarms?state=sometimes").with(admin())).hasStatus(400);
        assertThat(api.get().uri("/api/v1/alarms?jurisdiction=999999").with(admin())).hasStatus(404);
    }

    private MockMvcTester.MockMvcRequestBuilder shelve(String id, String body) {
        return api.post().uri("/api/v1/alarms/" + id + "/shelve").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "admin-test-password");
    }
}
