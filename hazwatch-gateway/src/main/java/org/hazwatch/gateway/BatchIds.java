package org.hazwatch.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.WireJson;

/**
 * Batch ids (SPEC §10 {@code batchId}) derived from the batch's content: a name-based UUID of the gateway and
 * the readings' wire JSON. A batch sent again — after a time-out, a lost reply or a restart of the gateway — has
 * the same id, so the platform's log shows a re-send as one batch, and its readings count as duplicates.
 */
final class BatchIds {

    private BatchIds() {
    }

    static String of(String gatewayCode, List<Reading> readings) {
        byte[] gateway = (gatewayCode + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = WireJson.encode(readings.toArray(Reading[]::new));
        byte[] name = new byte[gateway.length + content.length];
        System.arraycopy(gateway, 0, name, 0, gateway.length);
        System.arraycopy(content, 0, name, gateway.length, content.length);
        return UUID.nameUUIDFromBytes(name).toString();
    }
}
