package org.hazwatch.protocol;

import java.util.List;

/**
 * What a gateway pushes (SPEC §10): readings of its enterprise's points, at most
 * {@link WireContract#MAX_READINGS} in one batch. {@code batchId} is a UUID the gateway chooses; re-sending a
 * batch is harmless because the platform stores a reading once per point and time.
 */
public record ReadingBatch(String enterpriseCode, String gatewayCode, String batchId, List<Reading> readings) {

    public ReadingBatch {
        readings = readings == null ? List.of() : List.copyOf(readings);
    }
}
