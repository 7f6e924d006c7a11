package org.hazwatch.platform.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.ingest.GatewayKey;
import org.hazwatch.platform.ingest.InMemoryGatewayDirectory;
import org.hazwatch.platform.ingest.IngestRefusedException;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.LiveVideo;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Event clips (SPEC §11) through the platform's real paths, the gateway played by signed requests: an AI event
 * orders a clip in the heartbeat's reply; the gateway delivers segments and the VOD playlist; the clip plays for
 * those who see the enterprise (404 for another county) and not for a foreign gateway (403); a point alarm is
 * filmed by its hazard source's camera; the quota evicts the oldest clip and refuses what cannot fit; the retention
 * job (clock moved) removes clips past 90 days and live windows left behind; a clip never delivered is lost.
 */
@PlatformTest
class EventClipsTest {

    static final byte[] SEGMENT = segment(600);

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryGatewayDirectory gateways;

    @Autowired
    ClipOrders orders;

    @Autowired
    ClipUploads uploads;

    @Autowired
    ClipRetention retention;

    @Autowired
    ClipStore store;

    @Autowired
    Clips clips;

    @Autowired
    HazwatchProperties hazwatch;

    @Autowired
    MeterRegistry meters;

    /** Taken once the shared context is up: clips reach only 2 minutes back. */
    Instant now;

    @BeforeEach
    void now() {
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void anAiEventOrdersAClipTheGatewayDeliversAndOnlyThoseWhoSeeTheEnterpriseCanPlay() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(plant.code());
        String camera = plant.code() + "V01";
        byte[] jpeg = VideoIngestTest.image("jpg");
        MockHttpServletResponse posted = send(gateway, WireContract.ingestPath(WireContract.VIDEO_EVENTS),
                VideoIngestTest.events(gateway, VideoIngestTest.event(camera, "NO_HELMET", now,
                        Base64.getEncoder().encodeToString(jpeg))));
        assertThat(posted.getStatus()).as(body(posted)).isEqualTo(200);

        // the order comes in the heartbeat's reply: this camera, 30 s before to 60 s after the event
        String reply = await().atMost(Duration.ofSeconds(20)).until(() -> heartbeat(gateway), r -> r.contains("CLIP"));
        List<Map<String, Object>> clipOrders = JsonPath.read(reply, "$.orders[?(@.action == 'CLIP')]");
        assertThat(clipOrders).hasSize(1);
        String clip = (String) clipOrders.get(0).get("clip");
        assertThat(clipOrders.get(0).get("camera")).isEqualTo(camera);
        assertThat(OffsetDateTime.parse((String) clipOrders.get(0).get("from")).toInstant())
                .isEqualTo(now.minusSeconds(30));
        assertThat(OffsetDateTime.parse((String) clipOrders.get(0).get("to")).toInstant()).isEqualTo(now.plusSeconds(60));

        // a foreign gateway may not deliver it
        TestEnterprise neighbour = TestEnterprises.importFresh(mvc);
        GatewayKey foreign = gateways.register(neighbour.code());
        assertThat(putClip(foreign, clip, "c0000.ts", SEGMENT).getStatus()).isEqualTo(403);

        // the gateway delivers: segments, then the playlist naming them completes the clip
        assertThat(putClip(gateway, clip, "c0000.ts", SEGMENT).getStatus()).isEqualTo(204);
        assertThat(putClip(gateway, clip, "c0001.ts", SEGMENT).getStatus()).isEqualTo(204);
        assertThat(putClip(gateway, clip, LiveVideo.PLAYLIST, vod("c0000.ts", "c0009.ts")).getStatus())
                .as("names a segment never uploaded").isEqualTo(400);
        assertThat(putClip(gateway, clip, LiveVideo.PLAYLIST, vod("c0000.ts", "c0001.ts")).getStatus()).isEqualTo(204);
        assertThat(putClip(gateway, clip, "c0002.ts", SEGMENT).getStatus()).as("complete: no longer awaited")
                .isEqualTo(409);
        assertThat(heartbeat(gateway)).doesNotContain(clip);
        assertThat(Files.isRegularFile(hazwatch.dataDir().resolve("video/clips").resolve(plant.code()).resolve(clip)
                .resolve("c0001.ts"))).isTrue();

        // played from the event: the county's regulator sees it, another county's does not
        long eventId = ((Number) JsonPath.read(body(mvc.perform(get("/api/v1/video/events")
                .param("enterprise", plant.code()).with(admin())).andReturn().getResponse()), "$[0].id")).longValue();
        String ofEvent = body(mvc.perform(get("/api/v1/video/clips").param("event", Long.toString(eventId))
                .with(plant.county().regulator())).andReturn().getResponse());
        assertThat((List<String>) JsonPath.read(ofEvent, "$[*].id")).containsExactly(clip);
        assertThat((List<String>) JsonPath.read(ofEvent, "$[*].state")).containsExactly("STORED");
        String playlistUrl = JsonPath.read(ofEvent, "$[0].playlistUrl");
        MockHttpServletResponse playlist = mvc.perform(get(playlistUrl).with(plant.county().regulator()))
                .andReturn().getResponse();
        assertThat(playlist.getStatus()).isEqualTo(200);
        assertThat(body(playlist)).contains("c0000.ts", "#EXT-X-ENDLIST");
        assertThat(mvc.perform(get("/api/v1/video/clips/" + clip + "/c0001.ts").with(plant.county().regulator()))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(SEGMENT);
        TestJurisdictions.County other = TestJurisdictions.freshCounty(mvc);
        assertThat(mvc.perform(get(playlistUrl).with(other.regulator())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/video/clips/" + clip).with(other.regulator())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        // the console: the clip's player page, its files by session, the event list's link, the storage page
        MockHttpSession own = session(plant.county().regulatorUsername());
        assertThat(page(own, "/video/clips/" + clip, 200)).contains("data-playlist=\"/video/clips/" + clip
                + "/index.m3u8\"", "AI事件：未戴安全帽");
        assertThat(mvc.perform(get("/video/clips/" + clip + "/c0000.ts").session(own)).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(SEGMENT);
        assertThat(page(own, "/video?enterprise=" + plant.code(), 200)).contains("/video/clips/" + clip + "\"");
        assertThat(page(own, "/video/storage", 200)).contains("data-enterprise=\"" + plant.code() + "\"");
        MockHttpSession foreignSession = session(other.regulatorUsername());
        page(foreignSession, "/video/clips/" + clip, 404);
        assertThat(mvc.perform(get("/video/clips/" + clip + "/c0000.ts").session(foreignSession)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(page(foreignSession, "/video/storage", 200)).doesNotContain(plant.code());

        // the storage page's figures: one clip, its bytes, the oldest
        String storage = body(mvc.perform(get("/api/v1/video/storage").with(plant.county().regulator())).andReturn()
                .getResponse());
        assertThat((List<Integer>) JsonPath.read(storage, "$[?(@.enterpriseCode == '" + plant.code() + "')].clips"))
                .containsExactly(1);
        assertThat(((List<Number>) JsonPath.read(storage, "$[?(@.enterpriseCode == '" + plant.code()
                + "')].bytes")).get(0).longValue()).isGreaterThan(2L * SEGMENT.length);
        assertThat(body(mvc.perform(get("/api/v1/video/storage").with(other.regulator())).andReturn().getResponse()))
                .doesNotContain(plant.code());
        assertThat(meters.get("hazwatch.video.storage").gauge().value()).as("hazwatch_video_storage_bytes")
                .isGreaterThanOrEqualTo(2.0 * SEGMENT.length);
    }

    @Test
    void aPointAlarmIsFilmedByTheCameraOfItsHazardSourceAndALateOneIsNot() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        String camera = plant.code() + "V01";
        orders.alarmRaised(new AlarmRaised(UUID.randomUUID(), EnterpriseCode.of(plant.code()),
                PointCode.of(plant.levelPoint()), AlarmKind.LIMIT_HIGH, Severity.HH, Severity.HH.priority(), now,
                false));
        await().atMost(Duration.ofSeconds(20)).until(() -> !store.near(camera, now, now).isEmpty());
        ClipStore.Clip clip = store.near(camera, now, now).get(0);
        assertThat(clip.from()).isEqualTo(now.minusSeconds(30));
        assertThat(clip.reason()).contains(plant.levelPoint(), "HH");

        AlarmView alarm = new AlarmView(UUID.randomUUID(), plant.code(), plant.levelPoint(), plant.county().path(),
                AlarmKind.LIMIT_HIGH, Severity.HH, Priority.HIGH, "UNACK", true, false,
                now.atOffset(ZoneOffset.ofHours(8)), null, 9.5, false);
        AlarmView before = new AlarmView(UUID.randomUUID(), plant.code(), plant.levelPoint(), plant.county().path(),
                AlarmKind.LIMIT_HIGH, Severity.HH, Priority.HIGH, "UNACK", true, false,
                now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.ofHours(8)), null, 9.5, false);
        assertThat(clips.forAlarms(List.of(alarm, before))).as("a list is matched in one read, each row to its own clip")
                .containsExactly(Map.entry(alarm.id(), clip.id()));

        // a gas alarm a minute later widens the same clip; a late (back-filled) one an hour ago gets none
        orders.alarmRaised(new AlarmRaised(UUID.randomUUID(), EnterpriseCode.of(plant.code()),
                PointCode.of(plant.gasPoint()), AlarmKind.LIMIT_HIGH, Severity.H, Severity.H.priority(),
                now.plusSeconds(60), false));
        await().atMost(Duration.ofSeconds(20)).until(() -> store.one(clip.id()).orElseThrow().to()
                .equals(now.plusSeconds(120)));
        orders.alarmRaised(new AlarmRaised(UUID.randomUUID(), EnterpriseCode.of(plant.code()),
                PointCode.of(plant.levelPoint()), AlarmKind.LIMIT_HIGH, Severity.HH, Severity.HH.priority(),
                now.minus(Duration.ofHours(1)), true));
        assertThat(orders.film(plant.code(), camera, now.minus(Duration.ofHours(1)), "test")).isEmpty();
        assertThat(store.near(camera, now.minus(Duration.ofHours(2)), now.plusSeconds(600))).hasSize(1);
    }

    @Test
    void theQuotaEvictsTheOldestClipAndRefusesAFileThatCannotFit() {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(plant.code());
        String camera = plant.code() + "V01";
        UUID older = orders.film(plant.code(), camera, now.minusSeconds(100), "test").orElseThrow();
        UUID newer = orders.film(plant.code(), camera, now, "test").orElseThrow();
        assertThat(newer).isNotEqualTo(older);
        long quota = 1000;
        uploads.upload(gateway, older.toString(), "c0000.ts", SEGMENT, quota);
        uploads.upload(gateway, older.toString(), LiveVideo.PLAYLIST, vod("c0000.ts"), quota);
        long olderBytes = store.one(older).orElseThrow().bytes();
        assertThat(olderBytes).isGreaterThan(SEGMENT.length);

        uploads.upload(gateway, newer.toString(), "c0000.ts", SEGMENT, quota);
        assertThat(store.one(older)).as("evicted, oldest first").isEmpty();
        assertThat(Files.exists(hazwatch.dataDir().resolve("video/clips").resolve(plant.code())
                .resolve(older.toString()))).isFalse();
        assertThat(store.bytesOf(plant.code())).isEqualTo(SEGMENT.length);

        assertThatThrownBy(() -> uploads.upload(gateway, newer.toString(), "c0001.ts", segment(500), quota))
                .isInstanceOfSatisfying(IngestRefusedException.class,
                        e -> assertThat(e.status().value()).isEqualTo(507));
        assertThat(store.one(newer).orElseThrow().state()).isEqualTo(ClipStore.State.LOST);
        assertThat(store.bytesOf(plant.code())).isZero();
    }

    @Test
    void retentionRemovesClipsPastNinetyDaysAndLiveWindowsLeftBehindAndAClipNeverDeliveredIsLost() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(plant.code());
        String camera = plant.code() + "V01";
        UUID kept = orders.film(plant.code(), camera, now.minusSeconds(100), "test").orElseThrow();
        uploads.upload(gateway, kept.toString(), "c0000.ts", SEGMENT);
        uploads.upload(gateway, kept.toString(), LiveVideo.PLAYLIST, vod("c0000.ts"));
        UUID undelivered = orders.film(plant.code(), camera, now, "test").orElseThrow();

        assertThat(orders.giveUp(now.plus(Duration.ofMinutes(5)))).doesNotContain(undelivered);
        assertThat(orders.giveUp(now.plus(Duration.ofMinutes(12)))).contains(undelivered);
        assertThat(store.one(undelivered).orElseThrow().state()).isEqualTo(ClipStore.State.LOST);

        Path leftBehind = hazwatch.dataDir().resolve("video/live").resolve(plant.code() + "V99");
        Files.createDirectories(leftBehind);
        Files.write(leftBehind.resolve("seg000001.ts"), SEGMENT);

        retention.retain(now.plus(Duration.ofDays(89)));
        assertThat(store.one(kept)).as("89 days: kept").isPresent();
        assertThat(Files.exists(leftBehind)).isFalse();

        ClipRetention.Removed removed = retention.retain(now.plus(Duration.ofDays(91)));
        assertThat(store.one(kept)).as("91 days: past keeping").isEmpty();
        assertThat(store.one(undelivered)).isEmpty();
        assertThat(removed.clips()).isGreaterThanOrEqualTo(2);
        assertThat(Files.exists(hazwatch.dataDir().resolve("video/clips").resolve(plant.code())
                .resolve(kept.toString()))).isFalse();
    }

    private MockHttpSession session(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(TestJurisdictions.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String uri, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", uri).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String heartbeat(GatewayKey gateway) throws Exception {
        byte[] body = WireJson.encode(new Heartbeat(gateway.enterpriseCode(), gateway.gatewayCode(),
                OffsetDateTime.now(ZoneOffset.UTC), 0, "test"));
        return body(send(gateway, WireContract.ingestPath(WireContract.HEARTBEAT), body));
    }

    private MockHttpServletResponse send(GatewayKey gateway, String path, byte[] body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).headers(signed(gateway, body))
                .content(body)).andReturn().getResponse();
    }

    private MockHttpServletResponse putClip(GatewayKey gateway, String clip, String file, byte[] body)
            throws Exception {
        return mvc.perform(put(LiveVideo.clipPath(clip, file)).contentType("video/mp2t").headers(signed(gateway, body))
                .content(body)).andReturn().getResponse();
    }

    private static HttpHeaders signed(GatewayKey gateway, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        new RequestSigner(gateway.secret()).headers(gateway.gatewayCode(), System.currentTimeMillis(), body)
                .forEach(headers::add);
        return headers;
    }

    static byte[] vod(String... segments) {
        StringBuilder playlist = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n"
                + "#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n");
        for (String s : segments) {
            playlist.append("#EXTINF:2.000,\n").append(s).append('\n');
        }
        return playlist.append("#EXT-X-ENDLIST\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] segment(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i += 188) {
            bytes[i] = 0x47;
        }
        return bytes;
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
