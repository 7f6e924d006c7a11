package org.hazwatch.protocol;

import java.time.OffsetDateTime;

/**
 * What the platform asks of a gateway (SPEC §11): start or stop streaming a camera live, or upload an event clip of
 * a camera from its local recording. It travels in the heartbeat's reply and on the MQTT topic
 * {@code hazwatch/v1/<enterprise>/commands}; a gateway carries out the same order twice as once, so both ways may
 * deliver it.
 *
 * @param action {@link #LIVE_START}, {@link #LIVE_STOP} or {@link #CLIP}
 * @param clip   a clip's id (CLIP only): where its files go, {@link LiveVideo#clipPath}
 * @param from   the clip's first moment (CLIP only)
 * @param to     the clip's last moment (CLIP only); the gateway uploads once it has passed
 */
public record GatewayOrder(String action, String camera, String clip, OffsetDateTime from, OffsetDateTime to) {

    public static final String LIVE_START = "LIVE_START";
    public static final String LIVE_STOP = "LIVE_STOP";
    public static final String CLIP = "CLIP";

    /** A live order (no clip). */
    public GatewayOrder(String action, String camera) {
        this(action, camera, null, null, null);
    }

    public static GatewayOrder liveStart(String camera) {
        return new GatewayOrder(LIVE_START, camera);
    }

    public static GatewayOrder liveStop(String camera) {
        return new GatewayOrder(LIVE_STOP, camera);
    }

    /** Upload the camera's recording from {@code from} to {@code to} as clip {@code clip}, once {@code to} passed. */
    public static GatewayOrder clip(String camera, String clip, OffsetDateTime from, OffsetDateTime to) {
        return new GatewayOrder(CLIP, camera, clip, from, to);
    }
}
