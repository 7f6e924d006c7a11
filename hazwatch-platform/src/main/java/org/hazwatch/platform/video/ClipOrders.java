package org.hazwatch.platform.video;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.ingest.MqttEndpoint;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.video.rules.ClipCameras;
import org.hazwatch.platform.video.rules.ClipWindows;
import org.hazwatch.platform.video.rules.VideoEventType;
import org.hazwatch.protocol.GatewayOrder;
import org.hazwatch.protocol.HeartbeatReply;
import org.hazwatch.protocol.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Orders event clips (SPEC §11, −30 … +60 s): every AI event of a camera, and every process alarm of a point
 * filmed by a camera ({@link ClipCameras}), gets a clip of that camera ({@link ClipWindows} merges neighbours).
 * The enterprise's gateway hears {@code CLIP} in every heartbeat reply until the clip is delivered (and once at
 * once on MQTT {@code commands}); a clip not delivered {@code give-up-after} its end is lost. Moments older than
 * {@code reach} (a late alarm, a re-sent event) get no clip: the gateway's recording no longer holds them.
 */
@Component
class ClipOrders {

    private static final Logger log = LoggerFactory.getLogger(ClipOrders.class);

    private final ClipStore store;
    private final ClipFiles files;
    private final CameraDirectory cameras;
    private final Registry registry;
    private final ClipSettings settings;
    private final ClipWindows windows;
    private final ObjectProvider<MqttEndpoint> mqtt;
    private final ZoneId zone;
    private final Clock clock;
    private final Set<String> awaiting = ConcurrentHashMap.newKeySet();
    private volatile boolean restored;
    private final ExecutorService work = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "video-clip-orders");
        thread.setDaemon(true);
        return thread;
    });

    ClipOrders(ClipStore store, ClipFiles files, CameraDirectory cameras, Registry registry, ClipSettings settings,
               ObjectProvider<MqttEndpoint> mqtt, HazwatchProperties hazwatch, Clock clock) {
        this.store = store;
        this.files = files;
        this.cameras = cameras;
        this.registry = registry;
        this.settings = settings;
        this.windows = new ClipWindows(settings.before(), settings.after());
        this.mqtt = mqtt;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    @EventListener
    void eventStored(VideoEventStored e) {
        String label = VideoEventType.parse(e.type()).map(VideoEventType::label).orElse(e.type());
        work.execute(() -> film(e.enterpriseCode().code(), e.cameraCode(), e.time(), "AI事件：" + label));
    }

    /** On the alarm engine's thread: the work is handed on. */
    @EventListener
    void alarmRaised(AlarmRaised e) {
        if (e.pointCode() == null || e.late() || !ClipCameras.filmed(e.kind().name())) {
            return;
        }
        work.execute(() -> {
            try {
                PointDefinition point = registry.point(e.pointCode().code()).orElse(null);
                List<String> filming = point == null ? List.of() : camerasOf(point);
                log.debug("alarm {} of point {}: filmed by {}", e.episodeId(), e.pointCode(), filming);
                filming.forEach(camera -> film(point.enterpriseCode(), camera, e.at(),
                        "报警：" + point.name() + "（" + point.code() + "）" + e.severity().name()));
            } catch (RuntimeException failed) {
                log.warn("no clip for alarm {} of point {}", e.episodeId(), e.pointCode(), failed);
            }
        });
    }

    /** The cameras filming a point (its equipment's, else its hazard source's). */
    List<String> camerasOf(PointDefinition point) {
        List<ClipCameras.Camera> all = cameras.of(point.enterpriseCode()).values().stream()
                .map(c -> new ClipCameras.Camera(c.code(), c.hazardSource(), c.equipment())).toList();
        return ClipCameras.forPoint(point.hazardSourceCode(), point.equipmentCode(), all);
    }

    /** Orders (or widens) the clip of {@code camera} around {@code moment}; empty when none is due. */
    synchronized Optional<UUID> film(String enterprise, String camera, Instant moment, String reason) {
        try {
            Instant now = clock.instant();
            if (moment.isBefore(now.minus(settings.reach()))) {
                log.debug("no clip of camera {} at {}: older than the gateway's recording", camera, moment);
                return Optional.empty();
            }
            String path = registry.jurisdictionPathOf(enterprise).orElse(null);
            if (path == null || !cameras.of(enterprise).containsKey(camera)) {
                return Optional.empty();
            }
            List<ClipWindows.Clip> near = store.near(camera, moment.minus(ClipWindows.LONGEST),
                    moment.plus(ClipWindows.LONGEST)).stream()
                    .map(c -> new ClipWindows.Clip(c.id().toString(), c.from(), c.to(),
                            c.state() == ClipStore.State.ORDERED)).toList();
            ClipWindows.Decision decision = windows.place(moment, near);
            UUID id;
            GatewayOrder order;
            if (decision instanceof ClipWindows.Covered covered) {
                return Optional.of(UUID.fromString(covered.clip()));
            } else if (decision instanceof ClipWindows.Widen widen && store.widen(UUID.fromString(widen.clip()),
                    widen.from(), widen.to(), reason)) {
                id = UUID.fromString(widen.clip());
                order = order(camera, id, widen.from(), widen.to());
            } else {
                Instant from = moment.minus(settings.before());
                Instant to = moment.plus(settings.after());
                id = UUID.randomUUID();
                store.add(new ClipStore.Clip(id, enterprise, path, camera, from, to, reason, ClipStore.State.ORDERED,
                        0, 0, 0, now, null));
                order = order(camera, id, from, to);
            }
            awaiting.add(enterprise);
            log.info("clip {} of camera {} ordered ({} … {}): {}", id, camera, order.from(), order.to(), reason);
            publish(enterprise, order);
            return Optional.of(id);
        } catch (RuntimeException e) {
            log.warn("clip of camera {} at {} not ordered", camera, moment, e);
            return Optional.empty();
        }
    }

    /** The CLIP orders for the enterprise's gateway: every clip awaited and not given up. */
    List<GatewayOrder> take(String enterprise) {
        if (!restored) {
            // clips ordered before a restart are still awaited
            awaiting.addAll(store.enterprisesAwaited());
            restored = true;
        }
        if (!awaiting.contains(enterprise)) {
            return List.of();
        }
        List<GatewayOrder> orders = new ArrayList<>();
        store.awaited(enterprise, clock.instant().minus(settings.giveUpAfter()))
                .forEach(c -> orders.add(order(c.camera(), c.id(), c.from(), c.to())));
        if (orders.isEmpty()) {
            awaiting.remove(enterprise);
        }
        return orders;
    }

    /** Clips the gateway did not deliver in time are lost (their partial files go). */
    @Scheduled(fixedDelayString = "${hazwatch.video.clips.check-every:1m}",
            initialDelayString = "${hazwatch.video.clips.check-every:1m}")
    void giveUpOverdue() {
        giveUp(clock.instant());
    }

    /** As {@link #giveUpOverdue} at {@code now} (tests move the clock this way). */
    List<UUID> giveUp(Instant now) {
        List<UUID> lost = new ArrayList<>();
        for (ClipStore.Clip c : store.overdue(now.minus(settings.giveUpAfter()))) {
            files.delete(c.enterpriseCode(), c.id());
            store.lost(c.id(), "网关未上传");
            lost.add(c.id());
        }
        return lost;
    }

    private GatewayOrder order(String camera, UUID id, Instant from, Instant to) {
        return GatewayOrder.clip(camera, id.toString(), from.atZone(zone).toOffsetDateTime(),
                to.atZone(zone).toOffsetDateTime());
    }

    private void publish(String enterprise, GatewayOrder order) {
        MqttEndpoint endpoint = mqtt.getIfAvailable();
        if (endpoint != null) {
            endpoint.order(enterprise, WireJson.encode(new HeartbeatReply(List.of(order))));
        }
    }

    @PreDestroy
    void stop() {
        work.shutdownNow();
    }
}
