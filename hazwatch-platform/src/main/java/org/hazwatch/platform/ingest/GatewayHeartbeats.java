package org.hazwatch.platform.ingest;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.HeartbeatReply;
import org.hazwatch.protocol.WireJson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/** A gateway's heartbeat (心跳) keeps its enterprise online while the points are quiet; shared by HTTP and MQTT. */
@Component
class GatewayHeartbeats {

    private final LiveReadings live;
    private final Clock clock;
    private final ObjectProvider<GatewayOrders> orders;

    GatewayHeartbeats(LiveReadings live, Clock clock, ObjectProvider<GatewayOrders> orders) {
        this.live = live;
        this.clock = clock;
        this.orders = orders;
    }

    /** The heartbeat in a body; malformed (400) if it is not one. */
    static Heartbeat read(byte[] body) {
        BatchReader.tree(body);
        try {
            return WireJson.decode(body, Heartbeat.class);
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", "not a heartbeat: " + e.getOriginalMessage());
        }
    }

    /**
     * Records the heartbeat of an authenticated gateway and answers with its orders (SPEC §11); refused (403) when
     * it speaks for another gateway.
     */
    HeartbeatReply take(GatewayKey gateway, Heartbeat heartbeat) {
        if (!gateway.gatewayCode().equals(heartbeat.gatewayCode())
                || !gateway.enterpriseCode().equals(heartbeat.enterpriseCode())) {
            throw IngestRefusedException.forbidden("enterpriseCode", "not this gateway's enterprise");
        }
        live.gatewayHeard(gateway.enterpriseCode(), clock.instant());
        GatewayOrders waiting = orders.getIfAvailable();
        return new HeartbeatReply(waiting == null ? null : waiting.take(gateway.enterpriseCode()));
    }
}
