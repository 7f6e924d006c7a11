package org.hazwatch.platform.ingest;

import java.util.List;
import org.hazwatch.protocol.GatewayOrder;

/** The orders waiting for an enterprise's gateway, given in the heartbeat's reply (SPEC §11); video provides them. */
public interface GatewayOrders {

    /** The orders for the enterprise's gateway now; taking them may clear one-off orders such as a stop. */
    List<GatewayOrder> take(String enterpriseCode);
}
