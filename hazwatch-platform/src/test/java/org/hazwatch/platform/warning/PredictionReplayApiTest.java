package org.hazwatch.platform.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.alarm.AlarmTestPoints;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.telemetry.CommittedReadings;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/v1/points/{code}/prediction-replay}: a pressure that climbed 6 kPa an hour through its operating
 * limit H 80 kPa three hours ago, replayed from the reading log through the live trend.
 */
@PlatformTest
class PredictionReplayApiTest {

    @Autowired
    Registry registry;
    @Autowired
    AlarmTestPoints alarmPoints;
    @Autowired
    ReadingLog log;
    @Autowired
    MockMvc mvc;
    @Autowired
    WarningSettings settings;
    @Autowired
    Alarms alarms;
    @Autowired
    CommittedReadings committed;

    @Test
    void aSlowClimbThroughHIsPredictedAnHourAheadAndOthersSeeNothing() throws Exception {
        County county = TestJurisdictions.freshCounty(mvc);
        String enterprise = TestEnterprises.newCode(county);
        String pressure = enterprise + "001G0001YL001";
        registry.importJson(Actor.system(),
                WarningEngineTest.document(enterprise, county.code()).getBytes(StandardCharsets.UTF_8));
        alarmPoints.addHighPoint(pressure, enterprise, county.path(), 80, 90);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(5, ChronoUnit.HOURS);
        List<NewReading> climb = new ArrayList<>();
        for (int minute = 0; minute <= 220; minute++) {
            climb.add(new NewReading(pressure, start.plus(minute, ChronoUnit.MINUTES), 60 + 0.1 * minute,
                    ReadingQuality.GOOD, false));
        }
        log.append(climb).join();
        String from = start.atOffset(ZoneOffset.ofHours(8)).toString();
        String to = start.plus(240, ChronoUnit.MINUTES).atOffset(ZoneOffset.ofHours(8)).toString();

        mvc.perform(get("/api/v1/points/{code}/prediction-replay", pressure).param("from", from).param("to", to)
                        .with(county.regulator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tracked").value(true))
                .andExpect(jsonPath("$.limits.h").value(80.0))
                .andExpect(jsonPath("$.assessments").value(241))
                .andExpect(jsonPath("$.crossings", hasSize(1)))
                .andExpect(jsonPath("$.crossings[0].limit").value("H"))
                .andExpect(jsonPath("$.crossings[0].limitLabel").value("高报"))
                .andExpect(jsonPath("$.crossings[0].predicted").value(true))
                // 80 kPa reached at minute 200; the hour's horizon is met at minute 140
                .andExpect(jsonPath("$.crossings[0].leadMinutes",
                        allOf(greaterThanOrEqualTo(58.0), lessThanOrEqualTo(61.0))))
                .andExpect(jsonPath("$.predictions", hasSize(1)))
                .andExpect(jsonPath("$.predictions[0].target").value("H"));

        County other = TestJurisdictions.freshCounty(mvc);
        mvc.perform(get("/api/v1/points/{code}/prediction-replay", pressure).with(other.regulator()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/points/{code}/prediction-replay", pressure).param("from", to).param("to", from)
                        .with(county.regulator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aRestartRefillsTheTwoHourWindowFromTheLog() {
        County county = TestJurisdictions.freshCounty(mvc);
        String enterprise = TestEnterprises.newCode(county);
        String pressure = enterprise + "001G0001YL001";
        registry.importJson(Actor.system(),
                WarningEngineTest.document(enterprise, county.code()).getBytes(StandardCharsets.UTF_8));
        alarmPoints.addHighPoint(pressure, enterprise, county.path(), 80, 90);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<NewReading> climb = new ArrayList<>();
        for (int minute = 110; minute >= 1; minute--) {
            // 0.1 kPa a minute, 75.5 kPa a minute ago: H 80 kPa some 45 minutes ahead
            climb.add(new NewReading(pressure, now.minus(minute, ChronoUnit.MINUTES), 75.6 - 0.1 * minute,
                    ReadingQuality.GOOD, false));
        }
        log.append(climb).join();

        TrendFeed restarted = new TrendFeed(settings, alarms);
        restarted.restore(committed, now);
        assertThat(restarted.predictions(List.of(registry.point(pressure).orElseThrow()), now)).singleElement()
                .satisfies(p -> {
                    assertThat(p.target()).isEqualTo(Severity.H);
                    assertThat(p.toCrossing().toMinutes()).isBetween(43L, 47L);
                });
    }
}
