package org.hazwatch.platform.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;

/** Message bodies of SPEC §10 as a gateway would send them. */
final class TestBatches {

    private TestBatches() {
    }

    static byte[] batch(GatewayKey gateway, Reading... readings) {
        return WireJson.encode(new ReadingBatch(gateway.enterpriseCode(), gateway.gatewayCode(),
                UUID.randomUUID().toString(), List.of(readings)));
    }

    static Reading reading(String point, Instant time, double value) {
        return new Reading(point, OffsetDateTime.ofInstant(time, ZoneOffset.ofHours(8)), value, Quality.GOOD);
    }

    static byte[] heartbeat(GatewayKey gateway, Instant time) {
        return WireJson.encode(new Heartbeat(gateway.enterpriseCode(), gateway.gatewayCode(),
                time.atOffset(ZoneOffset.ofHours(8)), 0, "test"));
    }
}
