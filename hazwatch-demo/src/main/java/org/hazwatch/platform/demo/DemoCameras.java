package org.hazwatch.platform.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.hazwatch.platform.registry.GatewayCredentials;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.video.CameraView;
import org.hazwatch.platform.video.Video;
import org.hazwatch.protocol.CameraStatus;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.VideoEvent;
import org.hazwatch.protocol.VideoEvents;
import org.hazwatch.protocol.VideoStatus;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.TePlant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's cameras (演示视频状态, SPEC §11): every demo enterprise's gateway reports its cameras online every minute,
 * and at start a few AI-analysis findings with generated JPEG snapshots arrive — a helmet, an intrusion, and a
 * duty room left 12 minutes this morning (patrol item ③) — all through the real data-access contract (SPEC §10:
 * signed HTTP to the platform's own port, kinds {@code video-status} and {@code video-events}). Part of the demo's
 * simulated gateways: on with {@code hazwatch.demo.telemetry} (the tests turn it off, DemoTelemetryTest on).
 */
@Component
@ConditionalOnProperty(name = "hazwatch.mode", havingValue = "demo")
@ConditionalOnProperty(name = "hazwatch.demo.telemetry", havingValue = "true", matchIfMissing = true)
class DemoCameras implements SmartLifecycle {

    static final Duration STATUS_EVERY = Duration.ofMinutes(1);
    /** The enterprise whose duty room was left this morning. */
    static final String ABSENT_DUTY_ROOM = "14052500002";

    private static final Logger log = LoggerFactory.getLogger(DemoCameras.class);

    private final Registry registry;
    private final Video video;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, List<String>> cameras = new LinkedHashMap<>();
    private ScheduledExecutorService scheduler;
    private URI base;
    private boolean seeded;
    private boolean complained;

    DemoCameras(Registry registry, Video video, Clock clock) {
        this.registry = registry;
        this.video = video;
        this.clock = clock;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Integer port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", Integer.class);
        if (port == null) {
            return;
        }
        base = URI.create("http://127.0.0.1:" + port);
        for (String enterprise : DemoSeed.enterpriseCodes()) {
            List<String> codes = video.cameras(enterprise).stream().map(CameraView::code).toList();
            if (!codes.isEmpty()) {
                cameras.put(enterprise, codes);
            }
        }
        start();
        log.info("demo cameras: {} cameras of {} enterprises report online every minute",
                cameras.values().stream().mapToInt(List::size).sum(), cameras.size());
    }

    @Override
    public synchronized void start() {
        if (base == null || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "demo-cameras"));
        scheduler.scheduleWithFixedDelay(this::reportStatus, 0, STATUS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.execute(this::seedEvents);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void reportStatus() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        cameras.forEach((enterprise, codes) -> send(enterprise, WireContract.VIDEO_STATUS,
                gateway -> new VideoStatus(enterprise, gateway, UUID.randomUUID().toString(),
                        codes.stream().map(c -> new CameraStatus(c, true, now)).toList())));
    }

    /** Once per start: the findings of {@link #events}, each with its generated snapshot. */
    private void seedEvents() {
        if (seeded) {
            return;
        }
        seeded = true;
        Map<String, List<VideoEvent>> byEnterprise = new LinkedHashMap<>();
        for (Finding f : events(clock.instant())) {
            if (cameras.getOrDefault(f.enterprise(), List.of()).contains(f.camera())) {
                byEnterprise.computeIfAbsent(f.enterprise(), k -> new ArrayList<>()).add(new VideoEvent(f.camera(),
                        f.type(), OffsetDateTime.ofInstant(f.at(), ZoneOffset.UTC), f.confidence(),
                        Base64.getEncoder().encodeToString(snapshot(f))));
            }
        }
        byEnterprise.forEach((enterprise, events) -> send(enterprise, WireContract.VIDEO_EVENTS,
                gateway -> new VideoEvents(enterprise, gateway, UUID.randomUUID().toString(), events)));
    }

    /** One AI finding to seed. */
    record Finding(String enterprise, String camera, String type, Instant at, double confidence) {
    }

    /**
     * The findings seeded at {@code now}: 恒泰氯碱's tank-farm camera sees a worker without a helmet and an intruder;
     * 晋丰煤化工's duty room reports nobody there every 3 minutes for 12 minutes (one absence, a finding of the
     * patrol) ending 20 minutes ago.
     */
    static List<Finding> events(Instant now) {
        Instant t = now.truncatedTo(ChronoUnit.SECONDS);
        List<Finding> all = new ArrayList<>();
        all.add(new Finding("14052500001", "14052500001V002", "NO_HELMET", t.minus(Duration.ofMinutes(50)), 0.91));
        all.add(new Finding("14052500001", "14052500001V002", "INTRUSION", t.minus(Duration.ofMinutes(35)), 0.87));
        Instant leftAt = t.minus(Duration.ofMinutes(32));
        for (int minute = 0; minute <= 12; minute += 3) {
            all.add(new Finding(ABSENT_DUTY_ROOM, ABSENT_DUTY_ROOM + "V001", "DUTY_ABSENT",
                    leftAt.plus(Duration.ofMinutes(minute)), 0.95));
        }
        return all;
    }

    /** A 320×180 JPEG: a dark scene, a red box where the finding is, the camera and the time stamped in. */
    static byte[] snapshot(Finding f) {
        BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(38, 50, 56));
            g.fillRect(0, 0, 320, 180);
            g.setColor(new Color(84, 110, 122));
            g.fillRect(0, 120, 320, 60);
            int x = 60 + Math.floorMod(f.at().hashCode(), 160);
            g.setColor(new Color(255, 213, 79));
            g.fillOval(x + 8, 70, 24, 24);
            g.fillRect(x + 4, 94, 32, 40);
            g.setColor(Color.RED);
            g.setStroke(new BasicStroke(3));
            g.drawRect(x - 6, 60, 52, 82);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 12));
            g.drawString(f.camera() + " " + f.type(), 8, 16);
            g.drawString(f.at().toString(), 8, 32);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    private void send(String enterprise, String kind, java.util.function.Function<String, Object> message) {
        String gatewayCode = enterprise.equals(TePlant.ENTERPRISE_CODE) ? TePlant.GATEWAY_CODE : enterprise + "01";
        GatewayCredentials gateway = registry.gateway(gatewayCode).orElse(null);
        if (gateway == null) {
            return;
        }
        byte[] body = WireJson.encode(message.apply(gatewayCode));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(WireContract.ingestPath(kind)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(gateway.secret()).headers(gatewayCode, clock.instant().toEpochMilli(), body)
                .forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"reason\"")) {
                complainOnce(kind + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            complainOnce("could not send " + kind + ": " + e);
        }
    }

    private void complainOnce(String what) {
        if (!complained) {
            complained = true;
            log.warn("demo cameras: {}", what);
        }
    }
}
