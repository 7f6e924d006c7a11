package org.hazwatch.platform.telemetry;

import java.time.Instant;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/**
 * Event (在线/离线, SPEC §4): a point sent no reading for the configured time (default 10 minutes).
 * Published by the presence watch for the alarm engine.
 * A {@code lastHeard} of null means nothing was heard since the platform started.
 */
public record PointWentOffline(PointCode pointCode, Instant lastHeard, Instant at) {

    public EnterpriseCode enterpriseCode() {
        return pointCode.enterprise();
    }
}
