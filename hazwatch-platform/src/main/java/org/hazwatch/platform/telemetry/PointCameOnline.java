package org.hazwatch.platform.telemetry;

import java.time.Instant;

/**
 * Event (在线/离线, SPEC §4): an offline point sent a reading again.
 * Published by the presence watch for the alarm engine.
 */
public record PointCameOnline(String pointCode, String enterpriseCode, Instant at) {
}
