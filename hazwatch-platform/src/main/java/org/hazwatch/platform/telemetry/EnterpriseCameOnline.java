package org.hazwatch.platform.telemetry;

import java.time.Instant;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event (在线/离线, SPEC §4): an offline enterprise's gateway was heard again.
 * Published by the presence watch for the alarm engine.
 */
public record EnterpriseCameOnline(EnterpriseCode enterpriseCode, Instant at) {
}
