package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.inspection.Verifications;
import org.hazwatch.platform.inspection.rules.VerificationVerdict;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Verification (核查) of an alarm of 泽州县 (140525) by its county regulator; 高平市 (140581) gets 404. */
@PlatformTest
class AlarmVerificationTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    InMemoryAlarmPoints points;

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Verifications verifications;

    AlarmFixture plant;
    MockMvcTester api;
    RequestPostProcessor zezhou;
    RequestPostProcessor gaoping;

    @BeforeEach
    void setUp() {
        plant = new AlarmFixture(points, log, jdbc);
        api = MockMvcTester.create(mockMvc);
        String suffix = plant.enterprise;
        accounts.createIfAbsent("zezhou-" + suffix, "泽州县应急管理局", TestJurisdictions.PASSWORD, Role.REGULATOR,
                "140525");
        accounts.createIfAbsent("gaoping-" + suffix, "高平市应急管理局", TestJurisdictions.PASSWORD, Role.REGULATOR,
                "140581");
        zezhou = httpBasic("zezhou-" + suffix, TestJurisdictions.PASSWORD);
        gaoping = httpBasic("gaoping-" + suffix, TestJurisdictions.PASSWORD);
    }

    @Test
    void aVerificationIsRecordedShownOnTheAlarmAuditedAndCountedAndAForeignRegulatorGetsNotFound() {
        Instant from = Instant.now().minusSeconds(60);
        plant.send(Duration.ofSeconds(20), 95);
        String id = plant.awaitEpisodeStates("UNACKNOWLEDGED").get(0);

        assertThat(api.post().uri("/api/v1/alarms/" + id + "/verification").with(gaoping)
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"FALSE\",\"note\":\"x\"}"))
                .hasStatus(404);
        assertThat(api.get().uri("/api/v1/alarms/" + id + "/verification").with(gaoping)).hasStatus(404);
        assertThat(api.post().uri("/api/v1/alarms/" + id + "/verification").with(zezhou)
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"MAYBE\"}")).hasStatus(400);
        assertThat(api.post().uri("/api/v1/alarms/" + UUID.randomUUID() + "/verification").with(zezhou)
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"FALSE\"}")).hasStatus(404);

        assertThat(api.post().uri("/api/v1/alarms/" + id + "/verification").with(zezhou)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"verdict\":\"DEVICE_FAULT\",\"note\":\"探头漂移，已通知企业校准\"}")).hasStatus(201)
                .bodyJson().extractingPath("$.verdict").isEqualTo("DEVICE_FAULT");

        assertThat(api.get().uri("/api/v1/alarms/" + id + "/verification").with(zezhou)).hasStatusOk().bodyJson()
                .extractingPath("$[0].note").isEqualTo("探头漂移，已通知企业校准");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'alarm.verify' AND target_code = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        Map<VerificationVerdict, Long> counts = verifications.counts(plant.enterprise, Verifications.ALARM, from,
                Instant.now().plusSeconds(1));
        assertThat(counts).containsEntry(VerificationVerdict.DEVICE_FAULT, 1L)
                .containsEntry(VerificationVerdict.FALSE, 0L);
    }
}
