package org.hazwatch.gateway;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hazwatch.protocol.GatewayOrder;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.HeartbeatReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's video side (SPEC §11): it never listens; it sends heartbeats and carries out the orders in the
 * replies and, when given a broker ({@link #ordersOver}), the orders on its enterprise's MQTT {@code commands} topic
 * at once; it starts ffmpeg for a camera on {@code LIVE_START} and stopping it on {@code LIVE_STOP} or when the
 * platform refuses its segments. Cameras are the enterprise's, each with its source: an NVR's RTSP URL, or
 * {@code test-pattern}.
 */
public final class VideoGateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VideoGateway.class);

    /**
     * Where the video gateway runs and what it streams.
     *
     * @param recordFor how much of each camera the gateway keeps on its own disk for event clips (zero: none)
     */
    public record Settings(URI platform, String enterpriseCode, String gatewayCode, String secret,
                           Map<String, String> cameras, Path workDir, Duration heartbeatEvery, Duration segment,
                           String ffmpeg, Duration recordFor) {
        public Settings {
            cameras = Map.copyOf(cameras);
            recordFor = recordFor == null ? Duration.ZERO : recordFor;
        }

        /** Live only: no recording, so no event clips. */
        public Settings(URI platform, String enterpriseCode, String gatewayCode, String secret,
                        Map<String, String> cameras, Path workDir, Duration heartbeatEvery, Duration segment,
                        String ffmpeg) {
            this(platform, enterpriseCode, gatewayCode, secret, cameras, workDir, heartbeatEvery, segment, ffmpeg,
                    Duration.ZERO);
        }
    }

    /** The recording's segment length: clips start and end on these boundaries. */
    static final Duration RECORD_SEGMENT = Duration.ofSeconds(2);

    private final Settings settings;
    private final SegmentUploads uploads;
    private MqttOrders mqttOrders;
    private final Map<String, LiveStream> streams = new ConcurrentHashMap<>();
    private final Map<String, Recording> recordings = new ConcurrentHashMap<>();
    private final EventClips clips;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "video-gateway");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledExecutorService clipWork = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "video-clips");
        thread.setDaemon(true);
        return thread;
    });

    public VideoGateway(Settings settings, Clock clock) {
        this.settings = settings;
        this.uploads = new SegmentUploads(settings.platform(), settings.gatewayCode(), settings.secret(), clock);
        this.clips = new EventClips(uploads, camera -> java.util.Optional.ofNullable(recordings.get(camera)),
                RECORD_SEGMENT, clock);
    }

    /**
     * Takes the platform's orders on MQTT too ({@code tcp://host:1883}, {@code ssl://host:8883}), subscribed to
     * {@code hazwatch/v1/<enterprise>/commands} with the gateway's code and secret; call before {@link #start()}.
     * A viewer's open then reaches the gateway at once, whatever the heartbeat interval; the heartbeats stay the
     * fallback.
     */
    public VideoGateway ordersOver(URI broker) {
        mqttOrders = new MqttOrders(broker, settings.enterpriseCode(), settings.gatewayCode() + "-video",
                settings.gatewayCode(), settings.secret(), orders -> schedule.execute(() -> carryOut(orders)));
        return this;
    }

    /** Whether the MQTT orders are subscribed now (false without {@link #ordersOver}). */
    public boolean ordersSubscribed() {
        return mqttOrders != null && mqttOrders.subscribed();
    }

    /** Starts the heartbeats; streams start when the platform orders them. */
    public VideoGateway start() {
        if (mqttOrders != null) {
            mqttOrders.start();
        }
        schedule.scheduleWithFixedDelay(this::heartbeat, 0, settings.heartbeatEvery().toMillis(),
                TimeUnit.MILLISECONDS);
        if (!settings.recordFor().isZero()) {
            schedule.scheduleWithFixedDelay(this::keepRecording, 0, 10, TimeUnit.SECONDS);
            clipWork.scheduleWithFixedDelay(clips::uploadDue, 1, 1, TimeUnit.SECONDS);
        }
        return this;
    }

    /** The cameras being recorded now (event clips). */
    public Set<String> recording() {
        Set<String> alive = new TreeSet<>();
        recordings.forEach((camera, recording) -> {
            if (recording.alive()) {
                alive.add(camera);
            }
        });
        return alive;
    }

    /** Event clips completed on the platform so far. */
    public long clipsUploaded() {
        return clips.clipsUploaded();
    }

    /** Starts the recording of every camera that is not recording (at start, and again if ffmpeg ended). */
    private void keepRecording() {
        settings.cameras().forEach((camera, source) -> {
            Recording running = recordings.get(camera);
            if (running != null && running.alive()) {
                return;
            }
            try {
                String input = FfmpegHls.TEST_PATTERN.equals(source)
                        ? TestPattern.ensure(settings.ffmpeg(), settings.workDir()).toString() : source;
                Path dir = settings.workDir().resolve("record").resolve(camera);
                recordings.put(camera, Recording.start(camera, FfmpegHls.record(settings.ffmpeg(), input, dir,
                        RECORD_SEGMENT, settings.recordFor()), dir));
                log.info("recording camera {} (the last {} kept for event clips)", camera, settings.recordFor());
            } catch (IOException e) {
                log.warn("cannot record camera {}: {}", camera, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** The cameras streaming now. */
    public Set<String> streaming() {
        Set<String> alive = new TreeSet<>();
        streams.forEach((camera, stream) -> {
            if (stream.alive()) {
                alive.add(camera);
            }
        });
        return alive;
    }

    /** Bytes uploaded for live video so far, headers included. */
    public long bytesUploaded() {
        return uploads.bytesSent();
    }

    private void heartbeat() {
        try {
            HeartbeatReply reply = uploads.heartbeat(new Heartbeat(settings.enterpriseCode(), settings.gatewayCode(),
                    OffsetDateTime.now(ZoneOffset.UTC), 0, "hazwatch-gateway video"));
            carryOut(reply.orders());
        } catch (IOException e) {
            log.debug("video heartbeat not sent: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("video heartbeat failed", e);
        }
    }

    /** Carries out the platform's orders; the same order twice is the same as once. */
    void carryOut(List<GatewayOrder> orders) {
        for (GatewayOrder order : orders) {
            if (GatewayOrder.LIVE_START.equals(order.action())) {
                startStream(order.camera());
            } else if (GatewayOrder.LIVE_STOP.equals(order.action())) {
                stopStream(order.camera());
            } else if (GatewayOrder.CLIP.equals(order.action())) {
                clips.order(order);
            }
        }
    }

    private void startStream(String camera) {
        LiveStream running = streams.get(camera);
        if (running != null && running.alive()) {
            return;
        }
        String source = settings.cameras().get(camera);
        if (source == null) {
            log.warn("the platform asks for camera {}, which this gateway does not stream", camera);
            return;
        }
        try {
            String input = FfmpegHls.TEST_PATTERN.equals(source)
                    ? TestPattern.ensure(settings.ffmpeg(), settings.workDir()).toString() : source;
            Path dir = settings.workDir().resolve("live").resolve(camera);
            streams.put(camera, LiveStream.start(camera,
                    FfmpegHls.stream(settings.ffmpeg(), input, dir, settings.segment()), dir, uploads,
                    streams::remove));
            log.info("streaming camera {} live", camera);
        } catch (IOException e) {
            log.warn("cannot stream camera {}: {}", camera, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopStream(String camera) {
        LiveStream stream = streams.remove(camera);
        if (stream != null) {
            log.info("stopping camera {}: nobody watches", camera);
            try {
                stream.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (mqttOrders != null) {
            mqttOrders.close();
        }
        schedule.shutdownNow();
        clipWork.shutdownNow();
        List.copyOf(streams.keySet()).forEach(this::stopStream);
        recordings.values().forEach(recording -> {
            try {
                recording.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        recordings.clear();
    }
}
