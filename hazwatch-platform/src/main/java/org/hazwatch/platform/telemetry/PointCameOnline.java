package org.hazwatch.platform.telemetry;

import java.time.Instant;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/**
 * Event (在线/离线, SPEC §4): an offline point sent a reading again.
 * Published by the presence watch for the alarm engine.
 */
public record PointCameOnline(PointCode pointCode, Instant at) {

    public EnterpriseCode enterpriseCode() {
        return pointCode.enterprise();
    }
}
