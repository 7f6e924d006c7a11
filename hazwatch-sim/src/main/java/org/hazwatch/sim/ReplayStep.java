package org.hazwatch.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;

/** The readings a replay sends at one instant: one row of the recording. */
public record ReplayStep(Instant at, List<Reading> readings) {

    public ReplayStep {
        readings = List.copyOf(readings);
    }

    /**
     * The step as one batch of a gateway. The batch id is derived from the gateway and the instant, so a replay
     * that is re-run re-sends the same batches under the same ids.
     */
    public ReadingBatch batch(String enterpriseCode, String gatewayCode) {
        return new ReadingBatch(enterpriseCode, gatewayCode, batchId(gatewayCode, at), readings);
    }

    static String batchId(String gatewayCode, Instant at) {
        return UUID.nameUUIDFromBytes((gatewayCode + "@" + at).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
