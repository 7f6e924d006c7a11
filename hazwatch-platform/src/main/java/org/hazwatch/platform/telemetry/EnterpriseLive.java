package org.hazwatch.platform.telemetry;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The live view of one enterprise (实时监测): whether its gateway is heard, and each point's newest reading.
 *
 * @param lastHeard when anything last arrived from its gateways since the platform started; null if nothing
 */
public record EnterpriseLive(String enterpriseCode, boolean online, OffsetDateTime lastHeard, List<PointLive> points) {

    /** A point's newest reading (value, time and quality are null when none arrived) and its presence. */
    public record PointLive(String pointCode, String unit, Double value, OffsetDateTime time,
                            ReadingQuality quality, boolean online, OffsetDateTime lastReceived) {
    }
}
