package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazwatch.platform.HazwatchApplication;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.protocol.LiveVideo;
import org.hazwatch.protocol.RequestSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Must-show of live video (SPEC §11) with the real platform, the real video gateway and Debian's ffmpeg: a
 * test-pattern camera, a viewer opens it, segments arrive, the playlist advances, and the gateway stops streaming
 * after the viewer left (here 4 s instead of 60 s). On the way: what the gateway uploads against the camera's
 * bitrate, and a foreign gateway that can neither post the camera's segments nor read them.
 */
class LiveVideoEndToEndTest {

    static final String ENTERPRISE = "14052500078";
    static final String OTHER = "14052500079";
    static final String CAMERA = ENTERPRISE + "V0001";
    static final String PASSWORD = "live-video-test-password";
    static final Duration STOP_AFTER = Duration.ofSeconds(4);
    static final Pattern SEQUENCE = Pattern.compile("#EXT-X-MEDIA-SEQUENCE:(\\d+)");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    @Test
    void aViewerOpensTheTestPatternCameraTheGatewayStreamsAndStopsAfterTheViewerLeft() throws Exception {
        assumeTrue(ffmpegPresent(), "ffmpeg is not installed: the live-video end-to-end test is skipped");
        port = freePort();
        try (ConfigurableApplicationContext platform = startPlatform();
             VideoGateway gateway = videoGateway(platform)) {
            Map<String, String> secrets = Map.of("other", secretOf(platform, OTHER));

            HttpResponse<String> opened = asViewer("POST", "/api/v1/cameras/" + CAMERA + "/live");
            assertThat(opened.statusCode()).isEqualTo(200);
            String playlistUrl = "/api/v1/video/live/" + CAMERA + "/" + LiveVideo.PLAYLIST;
            assertThat(opened.body()).contains(playlistUrl);

            // segments arrive: the playlist fills once the gateway heard the order and ffmpeg cut the first ones
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> asViewer("GET", playlistUrl).body().contains("#EXTINF"));
            String first = asViewer("GET", playlistUrl).body();
            long bytesBefore = gateway.bytesUploaded();
            long nanosBefore = System.nanoTime();
            String segment = first.lines().filter(l -> l.endsWith(".ts")).reduce((a, b) -> b).orElseThrow();
            HttpResponse<byte[]> ts = http.send(viewer("GET", "/api/v1/video/live/" + CAMERA + "/" + segment)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(ts.statusCode()).isEqualTo(200);
            assertThat(ts.body()[0]).as("MPEG-TS sync byte").isEqualTo((byte) 0x47);

            // the playlist advances while the viewer keeps watching
            for (int i = 0; i < 24; i++) {
                Thread.sleep(500);
                assertThat(asViewer("GET", playlistUrl).statusCode()).isEqualTo(200);
            }
            String later = asViewer("GET", playlistUrl).body();
            double seconds = (System.nanoTime() - nanosBefore) / 1e9;
            long uploaded = gateway.bytesUploaded() - bytesBefore;
            assertThat(sequence(later)).isGreaterThanOrEqualTo(sequence(first) + 5);

            // the upload against the camera's own bitrate (the encoded pattern's size over its length)
            Path pattern = TestPattern.ensure("ffmpeg", dir.resolve("gateway"));
            double cameraBitsPerSecond = Files.size(pattern) * 8.0 / TestPattern.LENGTH.toSeconds();
            double uploadBitsPerSecond = uploaded * 8.0 / seconds;
            double ratio = uploadBitsPerSecond / cameraBitsPerSecond;
            System.out.printf("live upload: %.0f kbit/s for a %.0f kbit/s camera: %.3f×%n",
                    uploadBitsPerSecond / 1000, cameraBitsPerSecond / 1000, ratio);
            assertThat(ratio).isLessThanOrEqualTo(1.2);

            // a foreign gateway can neither post this camera's segments nor read them
            assertThat(signedPut(OTHER + "01", secrets.get("other"), segment)).isEqualTo(403);
            HttpResponse<String> foreignRead = http.send(HttpRequest.newBuilder(url("/api/v1/video/live/" + CAMERA
                    + "/" + segment)).headers(signedHeaders(OTHER + "01", secrets.get("other"), new byte[0])).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(foreignRead.statusCode()).isEqualTo(401);

            // the viewer leaves: the gateway is told to stop, and the live window goes
            assertThat(gateway.streaming()).containsExactly(CAMERA);
            await().atMost(STOP_AFTER.plusSeconds(15)).pollInterval(Duration.ofMillis(250))
                    .until(() -> gateway.streaming().isEmpty());
            assertThat(asViewer("GET", playlistUrl).statusCode()).isEqualTo(404);
        }
    }

    private VideoGateway videoGateway(ConfigurableApplicationContext platform) {
        return new VideoGateway(new VideoGateway.Settings(URI.create("http://127.0.0.1:" + port), ENTERPRISE,
                ENTERPRISE + "01", secretOf(platform, ENTERPRISE), Map.of(CAMERA, FfmpegHls.TEST_PATTERN),
                dir.resolve("gateway"), Duration.ofMillis(500), Duration.ofSeconds(1), "ffmpeg"),
                Clock.systemUTC()).start();
    }

    private static String secretOf(ConfigurableApplicationContext platform, String enterprise) {
        Registry registry = platform.getBean(Registry.class);
        return registry.gateway(enterprise + "01").orElseThrow().secret();
    }

    private int signedPut(String gatewayCode, String secret, String file) throws Exception {
        byte[] body = {0x47, 0, 0, 0};
        return http.send(HttpRequest.newBuilder(url(LiveVideo.segmentPath(CAMERA, file)))
                        .headers(signedHeaders(gatewayCode, secret, body))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String[] signedHeaders(String gatewayCode, String secret, byte[] body) {
        return new RequestSigner(secret).headers(gatewayCode, System.currentTimeMillis(), body).entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }

    private HttpResponse<String> asViewer(String method, String path) throws Exception {
        return http.send(viewer(method, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder viewer(String method, String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + basic)
                .method(method, HttpRequest.BodyPublishers.noBody());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static long sequence(String playlist) {
        Matcher m = SEQUENCE.matcher(playlist);
        assertThat(m.find()).as(playlist).isTrue();
        return Long.parseLong(m.group(1));
    }

    private ConfigurableApplicationContext startPlatform() {
        ConfigurableApplicationContext platform = new SpringApplicationBuilder(HazwatchApplication.class).run(
                "--server.port=" + port,
                "--hazwatch.data-dir=" + dir.resolve("platform"),
                "--hazwatch.database.pool-size=4",
                "--hazwatch.admin-password=" + PASSWORD,
                "--hazwatch.video.live.stop-after=" + STOP_AFTER.toSeconds() + "s",
                "--hazwatch.video.live.check-every=500ms",
                "--hazwatch.mqtt.enabled=false",
                "--springdoc.api-docs.enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.org.hazwatch=INFO");
        Registry registry = platform.getBean(Registry.class);
        registry.importJson(Actor.system(), enterprise(ENTERPRISE, "视频测试化工有限公司",
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

    static boolean ffmpegPresent() {
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
