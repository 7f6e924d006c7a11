package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class TelemetryApiTest {

    static final String ADMIN = basic("admin", "admin-test-password");
    static final String TAIYUAN = basic("taiyuan-regulator", "taiyuan-password-1");
    static final String ZEZHOU = basic("zezhou-regulator", "zezhou-password-1");

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ReadingLog log;

    @Autowired
    Rollups rollups;

    @Autowired
    InMemoryPointDirectory points;

    @Autowired
    Accounts accounts;

    final String enterprise = InMemoryPointDirectory.newEnterpriseCode();
    final Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.MINUTES);

    @BeforeEach
    void regulators() {
        accounts.createIfAbsent("taiyuan-regulator", "太原市应急管理局", "taiyuan-password-1", Role.REGULATOR, "140100");
        accounts.createIfAbsent("zezhou-regulator", "泽州县应急管理局", "zezhou-password-1", Role.REGULATOR, "140525");
    }

    @Test
    void showsEachPointsLatestValueTimeQualityAndPresence() {
        String level = points.addLevelPoint(enterprise).code();
        String silent = points.addLevelPoint(enterprise).code();
        log.append(List.of(reading(level, minute, 2.0), reading(level, minute.plusSeconds(30), 12.0,
                ReadingQuality.INVALID))).join();

        MvcTestResult result = get("/api/v1/enterprises/" + enterprise + "/live", ZEZHOU);

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"enterpriseCode":"%s","points":[
                  {"pointCode":"%s","unit":"m","value":12.0,"quality":"INVALID","online":true},
                  {"pointCode":"%s","value":null,"online":true}]}""".formatted(enterprise, level, silent));
        assertThat(result).bodyJson().extractingPath("$.points[0].time").asString().endsWith("+08:00");
    }

    @Test
    void answersNotFoundOutsideTheRegulatorsJurisdiction() {
        String level = points.addLevelPoint(enterprise).code();

        assertThat(get("/api/v1/enterprises/" + enterprise + "/live", TAIYUAN)).hasStatus(404);
        assertThat(get("/api/v1/points/" + level + "/series", TAIYUAN)).hasStatus(404);
        assertThat(get("/api/v1/points/" + level + "/series", ADMIN)).hasStatusOk();
    }

    @Test
    void answersAShortSpanFromRawReadingsInBucketsOfMinMaxAvg() {
        String level = points.addLevelPoint(enterprise).code();
        log.append(List.of(reading(level, minute, 1.0), reading(level, minute.plusSeconds(5), 3.0),
                reading(level, minute.plusSeconds(70), 8.0))).join();

        MvcTestResult result = get("/api/v1/points/" + level + "/series?from=" + minute + "&to="
                + minute.plus(1, ChronoUnit.HOURS) + "&maxPoints=120", ADMIN);

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"source":"RAW","bucketSeconds":30,"buckets":[
                  {"min":1.0,"max":3.0,"avg":2.0,"count":2},{"min":8.0,"max":8.0,"avg":8.0,"count":1}]}""");
    }

    @Test
    void answersALongSpanFromMinuteRollups() {
        String level = points.addLevelPoint(enterprise).code();
        log.append(List.of(reading(level, minute, 1.0), reading(level, minute.plusSeconds(5), 3.0),
                reading(level, minute.plusSeconds(70), 8.0))).join();
        rollups.rollUp();

        MvcTestResult result = get("/api/v1/points/" + level + "/series?from=" + minute.minus(1, ChronoUnit.DAYS)
                + "&to=" + minute.plus(2, ChronoUnit.MINUTES) + "&maxPoints=100", ADMIN);

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"source":"MINUTE","bucketSeconds":900,"buckets":[{"min":1.0,"max":8.0,"avg":4.0,"count":3}]}""");
    }

    @Test
    void refusesMoreThanTenThousandPoints() {
        String level = points.addLevelPoint(enterprise).code();

        assertThat(get("/api/v1/points/" + level + "/series?maxPoints=10001", ADMIN)).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("maxPoints");
    }

    private MvcTestResult get(String uri, String authorization) {
        return MockMvcTester.create(mockMvc).get().uri(uri).header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange();
    }

    private static NewReading reading(String point, Instant time, double value) {
        return reading(point, time, value, ReadingQuality.GOOD);
    }

    private static NewReading reading(String point, Instant time, double value, ReadingQuality quality) {
        return new NewReading(point, time, value, quality, false);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
