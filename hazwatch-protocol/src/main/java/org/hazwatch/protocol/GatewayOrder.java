package org.hazwatch.protocol;

/**
 * What the platform asks of a gateway (SPEC §11): start or stop streaming a camera live. It travels in the
 * heartbeat's reply and on the MQTT topic {@code hazwatch/v1/<enterprise>/commands}; a gateway carries out the
 * same order twice as once, so both ways may deliver it.
 *
 * @param action {@link #LIVE_START} or {@link #LIVE_STOP}
 */
public record GatewayOrder(String action, String camera) {

    public static final String LIVE_START = "LIVE_START";
    public static final String LIVE_STOP = "LIVE_STOP";

    public static GatewayOrder liveStart(String camera) {
        return new GatewayOrder(LIVE_START, camera);
    }

    public static GatewayOrder liveStop(String camera) {
        return new GatewayOrder(LIVE_STOP, camera);
    }
}
