package org.hazwatch.platform.video;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.ingest.MqttEndpoint;
import org.hazwatch.platform.video.rules.LiveViewing;
import org.hazwatch.protocol.GatewayOrder;
import org.hazwatch.protocol.HeartbeatReply;
import org.hazwatch.protocol.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Live streams on demand (视频调阅, SPEC §11): the platform never connects into the enterprise network; it orders
 * the enterprise's gateway to stream a camera, in every heartbeat reply while the camera is watched and at once on
 * MQTT {@code commands}, and orders it to stop 60 s after the last viewer. A stop is given once in a heartbeat
 * reply; a gateway that missed it is told again when it uploads a segment nobody watches (409).
 */
@Component
class LiveStreams {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final LiveViewing viewing;
    private final Map<String, Set<String>> stops = new HashMap<>();
    private final LiveWindow window;
    private final ObjectProvider<MqttEndpoint> mqtt;
    private final Clock clock;

    LiveStreams(LiveSettings settings, LiveWindow window, ObjectProvider<MqttEndpoint> mqtt, Clock clock) {
        this.viewing = new LiveViewing(settings.stopAfter());
        this.window = window;
        this.mqtt = mqtt;
        this.clock = clock;
    }

    /** A person opened the camera: the gateway is ordered to stream it. */
    void open(String camera, String enterprise) {
        boolean started;
        synchronized (this) {
            started = viewing.open(camera, enterprise, clock.instant());
            Set<String> stopping = stops.get(enterprise);
            if (stopping != null) {
                stopping.remove(camera);
            }
        }
        if (started) {
            // what a stream before left (a platform stopped while streaming) is not live: the window starts empty
            window.clear(camera);
            log.info("live view of camera {} opened; ordering the gateway of {} to stream it", camera, enterprise);
            publish(enterprise, GatewayOrder.liveStart(camera));
        }
    }

    /** A viewer fetched the playlist; false when the camera is not watched. */
    synchronized boolean viewed(String camera) {
        return viewing.viewed(camera, clock.instant());
    }

    synchronized boolean watched(String camera) {
        return viewing.watched(camera).isPresent();
    }

    /** The live orders for the enterprise's gateway (through {@link GatewayOrderBook}); a stop is given once. */
    synchronized List<GatewayOrder> take(String enterprise) {
        List<GatewayOrder> orders = new ArrayList<>();
        viewing.watchedOf(enterprise).forEach(camera -> orders.add(GatewayOrder.liveStart(camera)));
        Set<String> stopping = stops.remove(enterprise);
        if (stopping != null) {
            stopping.forEach(camera -> orders.add(GatewayOrder.liveStop(camera)));
        }
        return orders;
    }

    /** Orders a stop for every camera nobody viewed for 60 s, and drops its live window. */
    @Scheduled(fixedDelayString = "${hazwatch.video.live.check-every:5s}",
            initialDelayString = "${hazwatch.video.live.check-every:5s}")
    void stopIdle() {
        List<LiveViewing.Watched> left;
        synchronized (this) {
            left = viewing.leave(clock.instant());
            left.forEach(w -> stops.computeIfAbsent(w.enterprise(), e -> new LinkedHashSet<>()).add(w.camera()));
        }
        for (LiveViewing.Watched w : left) {
            log.info("nobody watches camera {} since {}; ordering the gateway to stop", w.camera(), w.lastViewed());
            publish(w.enterprise(), GatewayOrder.liveStop(w.camera()));
            window.clear(w.camera());
        }
    }

    private void publish(String enterprise, GatewayOrder order) {
        MqttEndpoint endpoint = mqtt.getIfAvailable();
        if (endpoint != null) {
            endpoint.order(enterprise, WireJson.encode(new HeartbeatReply(List.of(order))));
        }
    }
}
