package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hazwatch.platform.HazwatchApplication;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.LiveVideo;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.VideoEvent;
import org.hazwatch.protocol.VideoEvents;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An event clip end to end (SPEC §11) with the real platform, the real video gateway and Debian's ffmpeg: the
 * gateway records its test-pattern camera on its own disk; an AI event comes in; the platform orders the clip (here
 * −4 … +4 s instead of −30 … +60 s) in the heartbeat's reply; once the window has passed the gateway uploads the
 * segments covering it and a VOD playlist; the clip plays from the event for the admin, never for a foreign gateway.
 */
class ClipEndToEndTest {

    static final String ENTERPRISE = "14052500076";
    static final String OTHER = "14052500077";
    static final String CAMERA = ENTERPRISE + "V0001";
    static final String PASSWORD = "clip-test-password";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    @Test
    void anAiEventsClipIsCutFromTheGatewaysRecordingUploadedAndPlayable() throws Exception {
        assumeTrue(ffmpegPresent(), "ffmpeg is not installed: the event-clip end-to-end test is skipped");
        port = freePort();
        try (ConfigurableApplicationContext platform = startPlatform();
             VideoGateway gateway = videoGateway(platform)) {
            // the gateway records before anything happens: 6 s of the camera on its disk
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> gateway.recording().contains(CAMERA));
            Thread.sleep(6_000);

            OffsetDateTime moment = OffsetDateTime.now(ZoneOffset.ofHours(8));
            byte[] events = WireJson.encode(new VideoEvents(ENTERPRISE, ENTERPRISE + "01", UUID.randomUUID().toString(),
                    List.of(new VideoEvent(CAMERA, "INTRUSION", moment, 0.9,
                            Base64.getEncoder().encodeToString(jpeg())))));
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(url(WireContract.ingestPath(
                            WireContract.VIDEO_EVENTS))).header("Content-Type", "application/json")
                    .headers(signedHeaders(ENTERPRISE + "01", secretOf(platform, ENTERPRISE), events))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(events)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
            long eventId = ((Number) JsonPath.read(asAdmin("/api/v1/video/events?enterprise=" + ENTERPRISE).body(),
                    "$[0].id")).longValue();

            // the clip is ordered, then delivered once its end (+4 s) is recorded
            String clipsOfEvent = "/api/v1/video/clips?event=" + eventId;
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> asAdmin(clipsOfEvent).body().contains("\"STORED\""));
            String clip = asAdmin(clipsOfEvent).body();
            String playlistUrl = JsonPath.read(clip, "$[0].playlistUrl");
            double seconds = ((Number) JsonPath.read(clip, "$[0].seconds")).doubleValue();
            System.out.printf("event clip: %s s in %s segments, %s bytes%n", seconds,
                    JsonPath.read(clip, "$[0].segments"), JsonPath.read(clip, "$[0].bytes"));
            assertThat(seconds).as("the 8-s window in whole 2-s segments").isBetween(7.0, 13.0);
            assertThat(gateway.clipsUploaded()).isEqualTo(1);

            String playlist = asAdmin(playlistUrl).body();
            assertThat(playlist).contains("#EXT-X-PLAYLIST-TYPE:VOD", "#EXT-X-ENDLIST", "c0000.ts");
            String base = playlistUrl.substring(0, playlistUrl.lastIndexOf('/') + 1);
            HttpResponse<byte[]> ts = http.send(admin(base + "c0000.ts").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(ts.statusCode()).isEqualTo(200);
            assertThat(ts.body()[0]).as("MPEG-TS sync byte").isEqualTo((byte) 0x47);

            // a foreign gateway can deliver nothing for it; the clip is complete, its own gateway is refused too
            String clipId = JsonPath.read(clip, "$[0].id");
            assertThat(signedPut(OTHER + "01", secretOf(platform, OTHER), clipId)).isEqualTo(403);
            assertThat(signedPut(ENTERPRISE + "01", secretOf(platform, ENTERPRISE), clipId)).isEqualTo(409);
            assertThat(asAdmin("/api/v1/video/storage").body()).contains(ENTERPRISE);
        }
    }

    private VideoGateway videoGateway(ConfigurableApplicationContext platform) {
        return new VideoGateway(new VideoGateway.Settings(URI.create("http://127.0.0.1:" + port), ENTERPRISE,
                ENTERPRISE + "01", secretOf(platform, ENTERPRISE), Map.of(CAMERA, FfmpegHls.TEST_PATTERN),
                dir.resolve("gateway"), Duration.ofMillis(500), Duration.ofSeconds(1), "ffmpeg",
                Duration.ofSeconds(40)), Clock.systemUTC()).start();
    }

    private int signedPut(String gatewayCode, String secret, String clip) throws Exception {
        byte[] body = {0x47, 0, 0, 0};
        return http.send(HttpRequest.newBuilder(url(LiveVideo.clipPath(clip, "c0099.ts")))
                        .headers(signedHeaders(gatewayCode, secret, body))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String secretOf(ConfigurableApplicationContext platform, String enterprise) {
        return platform.getBean(Registry.class).gateway(enterprise + "01").orElseThrow().secret();
    }

    private static String[] signedHeaders(String gatewayCode, String secret, byte[] body) {
        return new RequestSigner(secret).headers(gatewayCode, System.currentTimeMillis(), body).entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    private HttpResponse<String> asAdmin(String path) throws Exception {
        return http.send(admin(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder admin(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + basic).GET();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.RED);
        g.fillRect(24, 12, 16, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", out);
        return out.toByteArray();
    }

    private ConfigurableApplicationContext startPlatform() {
        ConfigurableApplicationContext platform = new SpringApplicationBuilder(HazwatchApplication.class).run(
                "--server.port=" + port,
                "--hazwatch.data-dir=" + dir.resolve("platform"),
                "--hazwatch.database.pool-size=4",
                "--hazwatch.admin-password=" + PASSWORD,
                "--hazwatch.video.clips.before=4s",
                "--hazwatch.video.clips.after=4s",
                "--hazwatch.mqtt.enabled=false",
                "--springdoc.api-docs.enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.org.hazwatch=INFO");
        Registry registry = platform.getBean(Registry.class);
        registry.importJson(Actor.system(), enterprise(ENTERPRISE, "录像测试化工有限公司",
                ",\"cameras\":[{\"code\":\"" + CAMERA + "\",\"name\":\"罐区摄像头\"}]").getBytes(StandardCharsets.UTF_8));
        registry.importJson(Actor.system(), enterprise(OTHER, "邻厂化工有限公司", "").getBytes(StandardCharsets.UTF_8));
        return platform;
    }

    private static String enterprise(String code, String name, String more) {
        return """
                {"enterprise":{"code":"%1$s","name":"%2$s","jurisdiction":"140525","address":"泽州县",
                  "lon":112.85,"lat":35.49},
                 "hazardSources":[],
                 "gateways":[{"code":"%1$s01","name":"数采网关"}]%3$s}
                """.formatted(code, name, more);
    }

    private static boolean ffmpegPresent() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
