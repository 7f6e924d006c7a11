package org.hazwatch.platform.ingest;

import java.time.Clock;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.WireJson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/** A gateway's heartbeat (心跳) keeps its enterprise online while the points are quiet; shared by HTTP and MQTT. */
@Component
class GatewayHeartbeats {

    private final LiveReadings live;
    private final Clock clock;

    GatewayHeartbeats(LiveReadings live, Clock clock) {
        this.live = live;
        this.clock = clock;
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

    /** Records the heartbeat of an authenticated gateway; refused (403) when it speaks for another gateway. */
    void take(GatewayKey gateway, Heartbeat heartbeat) {
        if (!gateway.gatewayCode().equals(heartbeat.gatewayCode())
                || !gateway.enterpriseCode().equals(heartbeat.enterpriseCode())) {
            throw IngestRefusedException.forbidden("enterpriseCode", "not this gateway's enterprise");
        }
        live.gatewayHeard(gateway.enterpriseCode(), clock.instant());
    }
}
