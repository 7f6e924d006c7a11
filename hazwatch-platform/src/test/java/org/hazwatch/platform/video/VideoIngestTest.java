package org.hazwatch.platform.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.ingest.GatewayKey;
import org.hazwatch.platform.ingest.InMemoryGatewayDirectory;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.platform.warning.Warnings;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.protocol.CameraStatus;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.VideoEvent;
import org.hazwatch.protocol.VideoEvents;
import org.hazwatch.protocol.VideoStatus;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14's "Must show" for status and AI events, through the real ingest path (signed HTTP): a camera silent for
 * 10 minutes (the watch's clock moved) raises {@code VIDEO_OFFLINE} with the camera as {@code pointCode}, and a
 * filing of the camera excuses it; a bad snapshot is rejected with its reason and neither row nor file is kept; a
 * {@code SMOKE_FIRE} event raises a {@code VIDEO_EVENT} alarm and is listed with its snapshot, which another county
 * cannot read; a gateway cannot post another enterprise's cameras (403).
 */
@PlatformTest
class VideoIngestTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryGatewayDirectory gateways;

    @Autowired
    CameraWatch watch;

    @Autowired
    CameraPresence presence;

    @Autowired
    Alarms alarms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HazwatchProperties hazwatch;

    @Autowired
    Warnings warnings;

    @Autowired
    Video video;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aCameraSilentForTenMinutesRaisesVideoOfflineAndComingBackClearsIt() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(plant.code());
        String camera = plant.code() + "V01";

        MockHttpServletResponse reply = send(gateway, WireContract.VIDEO_STATUS, status(gateway, camera, true, now));
        assertThat(reply.getStatus()).as(body(reply)).isEqualTo(200);
        assertThat((Integer) JsonPath.read(body(reply), "$.accepted")).isEqualTo(1);
        assertThat(cameraJson(plant, "$[0].online")).isEqualTo(true);

        assertThat(watch.check(now.plus(Duration.ofMinutes(9)))).doesNotContain(camera);
        assertThat(watch.check(now.plus(Duration.ofMinutes(11)))).contains(camera);

        AlarmView offline = awaitAlarm(plant.code(), AlarmKind.VIDEO_OFFLINE, true);
        assertThat(offline.pointCode()).isEqualTo(camera);
        assertThat(offline.active()).isTrue();
        assertThat(jdbc.sql("SELECT until FROM camera_presence WHERE camera_code = ?").param(camera)
                .query(java.sql.Timestamp.class).single().toInstant()).as("the span ends when it was last seen")
                .isEqualTo(now);
        assertThat(presence.onlineTime(plant.code(), now.minusSeconds(60), now.plusSeconds(600)).get(camera))
                .isEqualTo(Duration.ZERO);

        // video2: the warning model counts the camera offline and not filed, and names it in the reasons
        await().atMost(Duration.ofSeconds(20)).until(() -> videoFactor(plant.code()).isPresent());
        assertThat(videoFactor(plant.code()).orElseThrow().detail()).contains("罐区球机（" + camera + "）", "无有效报备");

        send(gateway, WireContract.VIDEO_STATUS, status(gateway, camera, true, now.plusSeconds(1)));
        awaitAlarm(plant.code(), AlarmKind.VIDEO_OFFLINE, false);
        assertThat(watch.check(now.plus(Duration.ofMinutes(5)))).doesNotContain(camera);
    }

    @Test
    void aFilingOfTheCameraExcusesItsSilence() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(plant.code());
        String camera = plant.code() + "V01";
        OffsetDateTime shown = now.atOffset(ZoneOffset.ofHours(8));
        MockHttpServletResponse filed = mvc.perform(post("/api/v1/enterprises/" + plant.code() + "/filings")
                .with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"EQUIPMENT_FAILURE","scope":"CAMERAS","targets":["%s"],"from":"%s","until":"%s",
                         "reason":"罐区球机故障，待厂家维修"}""".formatted(camera, shown.minusHours(1),
                        shown.plusHours(8)))).andReturn().getResponse();
        assertThat(filed.getStatus()).as(body(filed)).isEqualTo(201);

        send(gateway, WireContract.VIDEO_STATUS, status(gateway, camera, true, now));
        send(gateway, WireContract.VIDEO_STATUS, status(gateway, camera, false, now.plusSeconds(30)));

        assertThat(watch.check(now.plus(Duration.ofMinutes(11)))).as("excused by the filing").doesNotContain(camera);
        assertThat(cameraJson(plant, "$[0].online")).isEqualTo(false);
        assertThat(presence.onlineTime(plant.code(), now.minusSeconds(60), now.plusSeconds(600)).get(camera))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(watch.check(now.plus(Duration.ofHours(9)))).as("the filing has ended: alarmed now")
                .contains(camera);
    }

    @Test
    void aBadSnapshotIsRejectedWithItsReasonAndNothingIsKept() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(plant.code());
        String camera = plant.code() + "V01";
        byte[] png = image("png");
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        garbage[garbage.length - 2] = (byte) 0xFF;
        garbage[garbage.length - 1] = (byte) 0xD9;
        byte[] huge = new byte[1024 * 1024 + 1];
        System.arraycopy(image("jpg"), 0, huge, 0, 3);

        MockHttpServletResponse reply = send(gateway, WireContract.VIDEO_EVENTS, events(gateway,
                event(camera, "SMOKE_FIRE", now, Base64.getEncoder().encodeToString(png)),
                event(camera, "SMOKE_FIRE", now.plusSeconds(1), Base64.getEncoder().encodeToString(garbage)),
                event(camera, "SMOKE_FIRE", now.plusSeconds(2), "not base64 at all!"),
                event(camera, "LEAK", now.plusSeconds(3), Base64.getEncoder().encodeToString(huge))));

        String json = body(reply);
        assertThat(reply.getStatus()).as(json).isEqualTo(200);
        assertThat((Integer) JsonPath.read(json, "$.accepted")).isZero();
        assertThat((List<String>) JsonPath.read(json, "$.rejected[*].field")).containsOnly("snapshot");
        assertThat((List<String>) JsonPath.read(json, "$.rejected[*].reason")).satisfiesExactly(
                r -> assertThat(r).contains("not a JPEG"),
                r -> assertThat(r).contains("not a decodable JPEG"),
                r -> assertThat(r).contains("not base64"),
                r -> assertThat(r).contains("over 1024 KiB"));
        assertThat(jdbc.sql("SELECT count(*) FROM video_event WHERE enterprise_code = ?").param(plant.code())
                .query(Integer.class).single()).isZero();
        for (byte[] refused : List.of(png, garbage, huge)) {
            assertThat(attachmentFile(refused)).as("no file kept").doesNotExist();
        }
        assertThat(awaitAlarmOrNone(plant.code(), AlarmKind.VIDEO_EVENT)).isEmpty();
    }

    @Test
    void aSmokeFireEventRaisesAnAlarmAndIsListedWithItsSnapshotForItsCountyOnly() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        TestEnterprise elsewhere = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(plant.code());
        String camera = plant.code() + "V01";
        byte[] jpeg = image("jpg");

        MockHttpServletResponse reply = send(gateway, WireContract.VIDEO_EVENTS, events(gateway,
                event(camera, "SMOKE_FIRE", now, Base64.getEncoder().encodeToString(jpeg)),
                event(camera, "NO_HELMET", now.plusSeconds(5), Base64.getEncoder().encodeToString(jpeg))));
        assertThat(reply.getStatus()).as(body(reply)).isEqualTo(200);
        assertThat((Integer) JsonPath.read(body(reply), "$.accepted")).isEqualTo(2);
        assertThat(attachmentFile(jpeg)).exists();

        AlarmView alarm = awaitPresent(plant.code(), AlarmKind.VIDEO_EVENT);
        assertThat(alarm.active()).as("raised and gone at once: it waits, unacknowledged, for a person").isFalse();
        assertThat(alarm.pointCode()).isEqualTo(camera);
        assertThat(alarm.acknowledged()).isFalse();
        assertThat(alarm.severity().label()).isEqualTo("视频报警");

        MockHttpServletResponse again = send(gateway, WireContract.VIDEO_EVENTS, events(gateway,
                event(camera, "SMOKE_FIRE", now, Base64.getEncoder().encodeToString(jpeg))));
        assertThat((Integer) JsonPath.read(body(again), "$.duplicates")).isEqualTo(1);

        String list = body(mvc.perform(get("/api/v1/video/events?enterprise=" + plant.code() + "&type=SMOKE_FIRE")
                .with(plant.county().regulator())).andReturn().getResponse());
        assertThat((List<String>) JsonPath.read(list, "$[*].camera")).containsExactly(camera);
        assertThat((List<String>) JsonPath.read(list, "$[*].type")).containsExactly("SMOKE_FIRE");
        String url = JsonPath.read(list, "$[0].snapshotUrl");
        MockHttpServletResponse snapshot = mvc.perform(get(url).with(plant.county().regulator())).andReturn()
                .getResponse();
        assertThat(snapshot.getStatus()).isEqualTo(200);
        assertThat(snapshot.getContentType()).isEqualTo("image/jpeg");
        assertThat(snapshot.getContentAsByteArray()).isEqualTo(jpeg);

        assertThat(mvc.perform(get(url).with(elsewhere.county().regulator())).andReturn().getResponse().getStatus())
                .as("another county's regulator").isEqualTo(404);
        String theirs = body(mvc.perform(get("/api/v1/video/events?enterprise=" + plant.code())
                .with(elsewhere.county().regulator())).andReturn().getResponse());
        assertThat((List<Object>) JsonPath.read(theirs, "$")).isEmpty();
        assertThat(mvc.perform(get("/api/v1/enterprises/" + plant.code() + "/cameras")
                .with(elsewhere.county().regulator())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aGatewayCannotPostAnotherEnterprisesVideo() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        TestEnterprise other = TestEnterprises.importInto(mvc, plant.county());
        GatewayKey foreign = gateways.register(other.code());
        String camera = plant.code() + "V01";
        byte[] jpeg = image("jpg");

        MockHttpServletResponse ownEnvelope = send(foreign, WireContract.VIDEO_STATUS,
                status(foreign, camera, true, now));
        assertThat(ownEnvelope.getStatus()).as(body(ownEnvelope)).isEqualTo(403);
        assertThat((String) JsonPath.read(body(ownEnvelope), "$.errors[0].field")).isEqualTo("cameras[0].code");

        byte[] theirEnvelope = WireJson.encode(new VideoEvents(plant.code(), foreign.gatewayCode(), "b",
                List.of(event(camera, "SMOKE_FIRE", now, Base64.getEncoder().encodeToString(jpeg)))));
        MockHttpServletResponse refused = send(foreign, WireContract.VIDEO_EVENTS, theirEnvelope);
        assertThat(refused.getStatus()).as(body(refused)).isEqualTo(403);
        MockHttpServletResponse events = send(foreign, WireContract.VIDEO_EVENTS, events(foreign,
                event(camera, "SMOKE_FIRE", now, Base64.getEncoder().encodeToString(jpeg))));
        assertThat(events.getStatus()).as(body(events)).isEqualTo(403);

        assertThat(jdbc.sql("SELECT count(*) FROM camera_state WHERE camera_code = ?").param(camera)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM video_event WHERE camera_code = ?").param(camera)
                .query(Integer.class).single()).isZero();
    }

    /** The overview asks for a province's summaries at once (issue 17): each is what the enterprise's own says. */
    @Test
    void theSummariesOfManyEnterprisesAreEachOnesOwnSummary() throws Exception {
        TestEnterprise heard = TestEnterprises.importFresh(mvc);
        TestEnterprise silent = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(heard.code());
        send(gateway, WireContract.VIDEO_STATUS, status(gateway, heard.code() + "V01", true, now));

        java.util.Map<String, VideoSummary> summaries = video.summaries(List.of(heard.code(), silent.code(),
                heard.code(), "99999999999"));

        assertThat(summaries).containsOnlyKeys(heard.code(), silent.code())
                .containsEntry(heard.code(), new VideoSummary(1, 1)).containsEntry(silent.code(), new VideoSummary(1, 0))
                .containsEntry(heard.code(), video.summary(heard.code()))
                .containsEntry(silent.code(), video.summary(silent.code()));
    }

    @Test
    void aMalformedStatusIsRefusedWholeWithEveryFault() throws Exception {
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        GatewayKey gateway = gateways.register(plant.code());
        String body = """
                {"enterpriseCode":"%s","gatewayCode":"%s","cameras":[
                  {"code":"%sV01","online":true,"time":"%s"},
                  {"code":"%sV01","time":"%s"},
                  {"online":false,"time":"%s"}]}""".formatted(plant.code(), gateway.gatewayCode(), plant.code(),
                now.atOffset(ZoneOffset.ofHours(8)), plant.code(), now.atOffset(ZoneOffset.ofHours(8)),
                now.atOffset(ZoneOffset.ofHours(8)));

        MockHttpServletResponse reply = send(gateway, WireContract.VIDEO_STATUS,
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.getStatus()).as(body(reply)).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(body(reply), "$.errors[*].field"))
                .containsExactly("cameras[1].online", "cameras[2].code");
        assertThat(jdbc.sql("SELECT count(*) FROM camera_state WHERE enterprise_code = ?").param(plant.code())
                .query(Integer.class).single()).isZero();
    }

    private Object cameraJson(TestEnterprise plant, String path) throws Exception {
        String json = body(mvc.perform(get("/api/v1/enterprises/" + plant.code() + "/cameras")
                .with(plant.county().regulator())).andReturn().getResponse());
        return JsonPath.read(json, path);
    }

    private Optional<WarningFactor> videoFactor(String enterprise) {
        return warnings.standing(enterprise).stream().filter(w -> w.hazardSourceCode() == null)
                .map(WarningView::factors).flatMap(List::stream).filter(f -> f.code().equals("VIDEO_OFFLINE"))
                .findFirst();
    }

    private AlarmView awaitAlarm(String enterprise, AlarmKind kind, boolean active) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<AlarmView> found = alarms.active(Actor.system(), enterprise, 100).stream()
                    .filter(a -> a.kind() == kind).findFirst();
            if (found.isPresent() && found.get().active() == active) {
                return found.get();
            }
            if (found.isEmpty() && !active) {
                return null;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + kind + " alarm " + (active ? "active" : "cleared") + " of " + enterprise);
    }

    private AlarmView awaitPresent(String enterprise, AlarmKind kind) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<AlarmView> found = alarms.active(Actor.system(), enterprise, 100).stream()
                    .filter(a -> a.kind() == kind).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + kind + " alarm of " + enterprise);
    }

    private Optional<AlarmView> awaitAlarmOrNone(String enterprise, AlarmKind kind) throws InterruptedException {
        Thread.sleep(500);
        return alarms.active(Actor.system(), enterprise, 100).stream().filter(a -> a.kind() == kind).findFirst();
    }

    private Path attachmentFile(byte[] bytes) throws Exception {
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return hazwatch.dataDir().resolve("attachments").resolve(id.substring(0, 2)).resolve(id);
    }

    private MockHttpServletResponse send(GatewayKey gateway, String kind, byte[] body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        new RequestSigner(gateway.secret()).headers(gateway.gatewayCode(), System.currentTimeMillis(), body)
                .forEach(headers::add);
        return mvc.perform(post(WireContract.ingestPath(kind)).contentType(MediaType.APPLICATION_JSON)
                .headers(headers).content(body)).andReturn().getResponse();
    }

    static byte[] status(GatewayKey gateway, String camera, boolean online, Instant time) {
        return WireJson.encode(new VideoStatus(gateway.enterpriseCode(), gateway.gatewayCode(),
                UUID.randomUUID().toString(), List.of(new CameraStatus(camera, online,
                        time.atOffset(ZoneOffset.ofHours(8))))));
    }

    static byte[] events(GatewayKey gateway, VideoEvent... events) {
        return WireJson.encode(new VideoEvents(gateway.enterpriseCode(), gateway.gatewayCode(),
                UUID.randomUUID().toString(), new ArrayList<>(List.of(events))));
    }

    static VideoEvent event(String camera, String type, Instant time, String snapshot) {
        return new VideoEvent(camera, type, time.atOffset(ZoneOffset.ofHours(8)), 0.93, snapshot);
    }

    /** A small picture of a tank farm at dusk, as JPEG or PNG. */
    static byte[] image(String format) throws IOException {
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(30, 40, 70));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.ORANGE);
        g.fillOval(20, 10, 24, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
