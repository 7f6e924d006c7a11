package org.hazwatch.platform.telemetry;

import java.time.Instant;

/**
 * Event (在线/离线, SPEC §4): an offline enterprise's gateway was heard again.
 * Published by the presence watch for the alarm engine.
 */
public record EnterpriseCameOnline(String enterpriseCode, Instant at) {
}
