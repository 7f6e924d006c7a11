package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.alarm.rules.AlarmDefaults;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code POST /api/v1/points/{code}/what-if}: a chattering point (H 80, deadband 1, no delays) replayed with its own
 * settings and with a wider deadband; scoped and checked.
 */
@PlatformTest
class WhatIfApiTest {

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
    WhatIf whatIf;

    AlarmFixture plant;
    MockMvcTester api;
    RequestPostProcessor zezhou;
    RequestPostProcessor gaoping;
    final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));

    @BeforeEach
    void setUp() {
        plant = new AlarmFixture(points, log, jdbc);
        api = MockMvcTester.create(mockMvc);
        accounts.createIfAbsent("wz-" + plant.enterprise, "泽州县应急管理局", TestJurisdictions.PASSWORD,
                Role.REGULATOR, "140525");
        accounts.createIfAbsent("wg-" + plant.enterprise, "高平市应急管理局", TestJurisdictions.PASSWORD,
                Role.REGULATOR, "140581");
        zezhou = httpBasic("wz-" + plant.enterprise, TestJurisdictions.PASSWORD);
        gaoping = httpBasic("wg-" + plant.enterprise, TestJurisdictions.PASSWORD);
        // 20 minutes at 50, 10 minutes alternating 81 and 78 every 10 s (beyond H, then back by more than the
        // deadband of 1), then 30 minutes at 50
        List<NewReading> readings = new ArrayList<>();
        for (int i = 0; i < 360; i++) {
            double value = i >= 120 && i < 180 ? (i % 2 == 0 ? 81 : 78) : 50;
            readings.add(new NewReading(plant.point, start.plusSeconds(10L * i), value, ReadingQuality.GOOD, false));
        }
        log.append(readings).join();
    }

    @Test
    void aWiderDeadbandTurnsThirtyChatteringActivationsIntoOneAndTheHealthFiguresSayIt() {
        var answer = api.post().uri("/api/v1/points/" + plant.point + "/what-if").with(zezhou)
                .contentType(MediaType.APPLICATION_JSON).content(body(start, start.plus(Duration.ofHours(1)),
                        "\"deadband\":5"));
        var json = assertThat(answer).hasStatusOk().bodyJson();
        json.extractingPath("$.current.count").isEqualTo(30);
        json.extractingPath("$.current.activeSeconds").isEqualTo(300.0);
        json.extractingPath("$.current.shortestSeconds").isEqualTo(10.0);
        json.extractingPath("$.current.chattering").isEqualTo(1);
        json.extractingPath("$.current.settings.deadband").isEqualTo(1.0);
        json.extractingPath("$.current.episodes[0].kind").isEqualTo("LIMIT_HIGH");
        json.extractingPath("$.current.episodes[0].severity").isEqualTo("H");
        json.extractingPath("$.current.episodes[0].raisedAt").asString().endsWith("+08:00");
        json.extractingPath("$.proposed.count").isEqualTo(1);
        json.extractingPath("$.proposed.activeSeconds").isEqualTo(600.0);
        json.extractingPath("$.proposed.chattering").isEqualTo(0);
        json.extractingPath("$.proposed.settings.deadband").isEqualTo(5.0);
        json.extractingPath("$.proposed.settings.h").isEqualTo(80.0);
        json.extractingPath("$.health.current.alarms").isEqualTo(30);
        json.extractingPath("$.health.current.chattering").asArray().hasSize(1);
        json.extractingPath("$.health.proposed.alarms").isEqualTo(1);
        json.extractingPath("$.health.proposed.chattering").asArray().isEmpty();
        json.extractingPath("$.readings").isEqualTo(360);
    }

    @Test
    void proposedLimitsReplaceTheCurrentAsASetAndAHigherLimitRaisesNothing() {
        var answer = api.post().uri("/api/v1/points/" + plant.point + "/what-if").with(AlarmApiTest.admin())
                .contentType(MediaType.APPLICATION_JSON).content(body(start, start.plus(Duration.ofHours(1)),
                        "\"limits\":{\"l\":20,\"h\":85},\"onDelaySeconds\":30,\"offDelaySeconds\":30"));
        var json = assertThat(answer).hasStatusOk().bodyJson();
        json.extractingPath("$.proposed.count").isEqualTo(0);
        json.extractingPath("$.proposed.settings.hh").isNull();
        json.extractingPath("$.proposed.settings.onDelaySeconds").isEqualTo(30);
        json.extractingPath("$.current.count").isEqualTo(30);
    }

    @Test
    void badProposalsAreAnsweredWithEveryProblemAndAForeignPointIsNotFound() throws Exception {
        String uri = "/api/v1/points/" + plant.point + "/what-if";
        Instant to = start.plus(Duration.ofHours(1));
        var bad = api.post().uri(uri).with(zezhou).contentType(MediaType.APPLICATION_JSON)
                .content(body(to, start, "\"limits\":{\"h\":95,\"hh\":90},\"deadband\":-1,\"onDelaySeconds\":-5"))
                .exchange();
        assertThat(bad).hasStatus(400);
        assertThat(bad.getResponse().getContentAsString())
                .contains("\"to\"", "limits.hh", "\"deadband\"", "onDelaySeconds");
        assertThat(api.post().uri(uri).with(zezhou).contentType(MediaType.APPLICATION_JSON)
                .content(body(start.minus(Duration.ofDays(40)), to, ""))).hasStatus(400);
        assertThat(api.post().uri(uri).with(zezhou).contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\":\"" + to + "\"}")).hasStatus(400);
        assertThat(api.post().uri(uri).with(zezhou).contentType(MediaType.APPLICATION_JSON)
                .content(body(start, to, "\"limits\":{}"))).hasStatus(400);

        assertThat(api.post().uri(uri).with(gaoping).contentType(MediaType.APPLICATION_JSON)
                .content(body(start, to, ""))).hasStatus(404);
        assertThat(api.post().uri("/api/v1/points/" + plant.enterprise + "001G0999YL999/what-if").with(zezhou)
                .contentType(MediaType.APPLICATION_JSON).content(body(start, to, ""))).hasStatus(404);
    }

    @Test
    void aGroupOfPointsIsReplayedTogetherWithTheFiguresOfTheGroupAndEveryBadChangeNamed() {
        String second = plant.enterprise + "001G0998YL001";
        points.add(new PointAlarmSettings(second, plant.enterprise, null, 20.0, null, null, 1.0, Duration.ZERO,
                Duration.ZERO, null, AlarmDefaults.FLATLINE_AFTER), AlarmFixture.ZEZHOU);
        List<NewReading> low = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            low.add(new NewReading(second, start.plusSeconds(60L * i), i < 30 ? 15 : 25, ReadingQuality.GOOD, false));
        }
        log.append(low).join();
        Instant to = start.plus(Duration.ofHours(1));
        Actor admin = Actor.platformAdmin("admin");

        WhatIf.GroupResult group = whatIf.ofPoints(admin, List.of(plant.point, second), start, to,
                Map.of(plant.point, new WhatIf.Change(null, 5.0, null, null)));

        assertThat(group.readings()).isEqualTo(420);
        assertThat(group.points()).extracting(p -> p.pointCode() + " " + p.current().count() + "→"
                + p.proposed().count()).containsExactly(plant.point + " 30→1", second + " 1→1");
        assertThat(group.points().get(1).current().activeSeconds()).isEqualTo(1800.0);
        assertThat(group.health().current().alarms()).isEqualTo(31);
        assertThat(group.health().proposed().alarms()).isEqualTo(2);
        assertThatThrownBy(() -> whatIf.ofPoints(admin, List.of(plant.point, second), start, to, Map.of(second,
                new WhatIf.Change(new WhatIf.Limits(null, 20.0, 10.0, null), null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("points." + second + ".limits.h"));
    }

    private static String body(Instant from, Instant to, String rest) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"" + (rest.isEmpty() ? "" : "," + rest) + "}";
    }
}
