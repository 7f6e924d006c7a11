package org.hazwatch.platform.demo;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.hazwatch.gateway.VideoGateway;
import org.hazwatch.platform.ingest.MqttEndpoint;
import org.hazwatch.platform.registry.GatewayCredentials;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.sim.TePlant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's video gateway (演示视频): the TE plant's gateway streams its camera's test pattern through the real
 * path of SPEC §11 — the platform's order on the embedded broker's {@code commands} topic (when MQTT runs) and in
 * a heartbeat reply, ffmpeg with the codec copied, signed segment PUTs —
 * when someone opens the camera, and stops 60 s after the last viewer. Needs Debian's ffmpeg (else a warning and
 * no video); {@code hazwatch.demo.video=false} turns it off (the tests do).
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
@ConditionalOnProperty(name = "hazwatch.demo.video", havingValue = "true", matchIfMissing = true)
class DemoVideo implements AutoCloseable {

    static final String TE_CAMERA = TePlant.ENTERPRISE_CODE + "V001";
    static final Duration HEARTBEAT = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(DemoVideo.class);

    private final Registry registry;
    private final HazwatchProperties hazwatch;
    private final ObjectProvider<MqttEndpoint> mqtt;
    private VideoGateway gateway;

    DemoVideo(Registry registry, HazwatchProperties hazwatch, ObjectProvider<MqttEndpoint> mqtt) {
        this.registry = registry;
        this.hazwatch = hazwatch;
        this.mqtt = mqtt;
    }

    @EventListener
    synchronized void ready(ApplicationReadyEvent event) {
        Integer port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", Integer.class);
        GatewayCredentials te = registry.gateway(TePlant.GATEWAY_CODE).orElse(null);
        if (port == null || te == null || gateway != null) {
            return;
        }
        if (!ffmpegPresent()) {
            log.warn("demo video: ffmpeg is not installed, the TE camera {} will not stream", TE_CAMERA);
            return;
        }
        VideoGateway video = new VideoGateway(new VideoGateway.Settings(URI.create("http://127.0.0.1:" + port),
                TePlant.ENTERPRISE_CODE, TePlant.GATEWAY_CODE, te.secret(), Map.of(TE_CAMERA, "test-pattern"),
                hazwatch.dataDir().resolve("demo-video-gateway"), HEARTBEAT, Duration.ofSeconds(1), "ffmpeg",
                Duration.ofMinutes(3)), Clock.systemUTC());
        MqttEndpoint broker = mqtt.getIfAvailable();
        if (broker != null && broker.embedded()) {
            video.ordersOver(URI.create("tcp://127.0.0.1:" + broker.brokerUrl().getPort()));
        }
        gateway = video.start();
        log.info("demo video: the TE gateway streams camera {} (a test pattern) when someone opens it, and keeps "
                + "its last 3 minutes for event clips", TE_CAMERA);
    }

    @Override
    public synchronized void close() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }

    static boolean ffmpegPresent() {
        try {
            Process probe = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
