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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.hazwatch.platform.HazwatchApplication;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform's orders over MQTT (SPEC §11) with the real platform, its embedded broker, the real video gateway
 * and ffmpeg: the gateway's heartbeat comes every ten minutes, so a viewer's open can reach it within seconds only on
 * the {@code commands} topic; and the stop after the viewer left arrives the same way.
 */
class LiveOrdersOverMqttTest {

    static final String ENTERPRISE = "14052500076";
    static final String CAMERA = ENTERPRISE + "V0001";
    static final String PASSWORD = "live-orders-test-password";
    static final Duration HEARTBEAT = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    @Test
    void aViewersOpenReachesTheGatewayOverMqttWithinSecondsThoughItsHeartbeatIsTenMinutesAway() throws Exception {
        assumeTrue(LiveVideoEndToEndTest.ffmpegPresent(),
                "ffmpeg is not installed: the MQTT live-orders test is skipped");
        port = freePort();
        int mqttPort = freePort();
        // the pattern is encoded once beforehand, so what is timed is the order's way, not the encoding
        TestPattern.ensure("ffmpeg", dir.resolve("gateway"));
        try (ConfigurableApplicationContext platform = startPlatform(mqttPort);
             VideoGateway gateway = videoGateway(platform, mqttPort)) {
            // the first heartbeat went at start, before anyone watched; the next is ten minutes away
            await().atMost(Duration.ofSeconds(30)).until(gateway::ordersSubscribed);
            assertThat(gateway.streaming()).isEmpty();

            long opened = System.nanoTime();
            HttpResponse<String> open = http.send(viewer("POST", "/api/v1/cameras/" + CAMERA + "/live").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(open.statusCode()).isEqualTo(200);
            long answered = System.nanoTime();
            String playlist = "/api/v1/video/live/" + CAMERA + "/index.m3u8";
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                watch(playlist); // the viewer keeps watching meanwhile
                return gateway.streaming().contains(CAMERA);
            });
            long streaming = System.nanoTime();
            System.out.printf("live order over MQTT: the gateway streams %.0f ms after the platform answered the "
                    + "open (%.0f ms after the viewer sent it)%n", (streaming - answered) / 1e6,
                    (streaming - opened) / 1e6);

            // nobody watches any more: the stop (after 3 s) comes over MQTT as well
            long left = System.nanoTime();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                    .until(() -> gateway.streaming().isEmpty());
            System.out.printf("live order over MQTT: stopped %.0f ms after the viewer's last fetch (stop-after 3 s)%n",
                    (System.nanoTime() - left) / 1e6);
        }
    }

    private VideoGateway videoGateway(ConfigurableApplicationContext platform, int mqttPort) {
        String secret = platform.getBean(Registry.class).gateway(ENTERPRISE + "01").orElseThrow().secret();
        return new VideoGateway(new VideoGateway.Settings(URI.create("http://127.0.0.1:" + port), ENTERPRISE,
                ENTERPRISE + "01", secret, Map.of(CAMERA, FfmpegHls.TEST_PATTERN), dir.resolve("gateway"),
                HEARTBEAT, Duration.ofSeconds(1), "ffmpeg"), Clock.systemUTC())
                .ordersOver(URI.create("tcp://127.0.0.1:" + mqttPort))
                .start();
    }

    private void watch(String playlist) throws Exception {
        http.send(viewer("GET", playlist).build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest.Builder viewer(String method, String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic).method(method, HttpRequest.BodyPublishers.noBody());
    }

    private ConfigurableApplicationContext startPlatform(int mqttPort) {
        ConfigurableApplicationContext platform = new SpringApplicationBuilder(HazwatchApplication.class).run(
                "--server.port=" + port,
                "--hazwatch.data-dir=" + dir.resolve("platform"),
                "--hazwatch.database.pool-size=4",
                "--hazwatch.admin-password=" + PASSWORD,
                "--hazwatch.video.live.stop-after=3s",
                "--hazwatch.video.live.check-every=500ms",
                "--hazwatch.mqtt.port=" + mqttPort,
                "--hazwatch.mqtt.host=127.0.0.1",
                "--springdoc.api-docs.enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.org.hazwatch=INFO");
        platform.getBean(Registry.class).importJson(Actor.system(), """
                {"enterprise":{"code":"%1$s","name":"视频指令测试化工有限公司","jurisdiction":"140525","address":"泽州县",
                  "lon":112.85,"lat":35.49},
                 "hazardSources":[],
                 "gateways":[{"code":"%1$s01","name":"数采网关"}],
                 "cameras":[{"code":"%2$s","name":"罐区摄像头"}]}
                """.formatted(ENTERPRISE, CAMERA).getBytes(StandardCharsets.UTF_8));
        return platform;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
