package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.video.CameraView;
import org.hazwatch.platform.video.Video;
import org.hazwatch.platform.video.VideoEventView;
import org.hazwatch.platform.video.rules.DutyAbsences;
import org.hazwatch.platform.telemetry.LatestReading;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.sim.TePlant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

@DemoTest
@TestPropertySource(properties = {"hazwatch.demo.telemetry=true", "hazwatch.demo.inbox=true",
        "hazwatch.demo.history=true"})
class DemoTelemetryTest {

    /** 恒泰氯碱's 1# liquid chlorine tank level: a point of a demo enterprise other than the TE plant. */
    static final String CHLORINE_TANK_LEVEL = "14052500001001G0001YW001";

    @Autowired
    LiveReadings live;

    @Autowired
    Video video;

    @Autowired
    MockMvc mvc;

    @Test
    void liveValuesArriveForTheTennesseeEastmanPlantAndTheOtherDemoEnterprises() {
        Instant recently = Instant.now().minusSeconds(60);
        String reactorPressure = TePlant.POINTS.get(6).code();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(live.latest(reactorPressure)).isPresent();
            assertThat(live.latest(CHLORINE_TANK_LEVEL)).isPresent();
        });

        LatestReading te = live.latest(reactorPressure).orElseThrow();
        assertThat(te.lastReceived()).isAfter(recently);
        assertThat(te.value()).as("TE reactor pressure, kPa").isBetween(2600.0, 3000.0);
        LatestReading tank = live.latest(CHLORINE_TANK_LEVEL).orElseThrow();
        assertThat(tank.value()).as("inside the tank's measuring range").isBetween(0.0, 3.2);
    }

    @Test
    void theDemoCamerasAreOnlineAndTheirSeededFindingsAreListedWithSnapshots() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String enterprise : List.of("14052500001", DemoCameras.ABSENT_DUTY_ROOM, "14058100003")) {
                assertThat(video.cameras(enterprise)).as(enterprise).hasSize(2).allMatch(CameraView::online);
            }
            assertThat(video.events(JurisdictionScope.everything(), "14052500001", null, null, null, 50))
                    .extracting(VideoEventView::type).contains("NO_HELMET", "INTRUSION");
            // the demo sends each enterprise's findings in turn: 晋丰煤化工's duty room comes after 恒泰氯碱's
            assertThat(video.events(JurisdictionScope.everything(), DemoCameras.ABSENT_DUTY_ROOM, null, null, null,
                    50)).extracting(VideoEventView::type).contains("DUTY_ABSENT");
        });
        assertThat(video.cameras("14052500001")).extracting(CameraView::name).contains("值班室摄像头");

        VideoEventView helmet = video.events(JurisdictionScope.everything(), "14052500001", null, null, null, 50)
                .stream().filter(e -> e.type().equals("NO_HELMET")).findFirst().orElseThrow();
        Attachments.Content jpeg = video.snapshot(Actor.system(), helmet.id());
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);

        // the duty room left for 12 minutes this morning: a finding of patrol item ③
        List<DutyAbsences.Absence> absences = video.dutyAbsences(DemoCameras.ABSENT_DUTY_ROOM,
                Instant.now().minus(Duration.ofHours(2)), Instant.now());
        assertThat(absences).hasSize(1);
        assertThat(absences.get(0).length()).isEqualTo(Duration.ofMinutes(12));
        assertThat(absences.get(0).finding()).isTrue();

        // the county's patrol sees it: ② all online, ③ abnormal with the absence's times
        MockHttpServletResponse today = mvc.perform(get("/api/v1/patrols/today?jurisdiction=140525")
                .with(httpBasic("zezhou", "Demo@2026"))).andReturn().getResponse();
        assertThat(today.getStatus()).isEqualTo(200);
        String json = today.getContentAsString(StandardCharsets.UTF_8);
        String items = "$.enterprises[?(@.enterpriseCode == '" + DemoCameras.ABSENT_DUTY_ROOM + "')].items";
        List<Map<String, Object>> video2 = JsonPath.read(json, items + "[?(@.item == 'VIDEO_ONLINE')]");
        assertThat(video2).singleElement().satisfies(i -> assertThat(i).containsEntry("result", "NORMAL")
                .containsEntry("evidence", "摄像头 2/2 在线"));
        List<Map<String, Object>> duty = JsonPath.read(json, items + "[?(@.item == 'DUTY_ROOM_ATTENDED')]");
        assertThat(duty).singleElement().satisfies(i -> assertThat(i).containsEntry("result", "ABNORMAL"));
        assertThat((String) duty.get(0).get("evidence")).startsWith("今日值班室脱岗超过 10 分钟：")
                .contains("（12 分钟，" + DemoCameras.ABSENT_DUTY_ROOM + "V001）");
    }
}
