package org.hazwatch.protocol;

import java.util.List;

/**
 * The platform's answer to a heartbeat (200): the orders for the gateway (SPEC §11). While a camera is watched,
 * every reply repeats its {@code LIVE_START}, so a gateway that restarted picks the stream up again.
 */
public record HeartbeatReply(List<GatewayOrder> orders) {

    public HeartbeatReply {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
