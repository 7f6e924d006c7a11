package org.hazwatch.platform.video;

import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.ingest.GatewayOrders;
import org.hazwatch.protocol.GatewayOrder;
import org.springframework.stereotype.Component;

/** Video's orders for a gateway's heartbeat reply (SPEC §11): live starts and stops, then event clips. */
@Component
class GatewayOrderBook implements GatewayOrders {

    private final LiveStreams live;
    private final ClipOrders clips;

    GatewayOrderBook(LiveStreams live, ClipOrders clips) {
        this.live = live;
        this.clips = clips;
    }

    @Override
    public List<GatewayOrder> take(String enterpriseCode) {
        List<GatewayOrder> orders = new ArrayList<>(live.take(enterpriseCode));
        orders.addAll(clips.take(enterpriseCode));
        return orders;
    }
}
