package org.hazwatch.protocol;

import java.time.OffsetDateTime;

/**
 * A gateway's sign of life (心跳), in the same envelope as readings (SPEC §10, kind {@code heartbeat}). It keeps
 * an enterprise online while its points are quiet, and says how much the gateway still holds on disk to send.
 *
 * @param queuedReadings readings buffered by store-and-forward and not yet acknowledged by the platform
 * @param version        the gateway software's version, for the data-quality pages
 */
public record Heartbeat(String enterpriseCode, String gatewayCode, OffsetDateTime time, long queuedReadings,
        String version) {
}
