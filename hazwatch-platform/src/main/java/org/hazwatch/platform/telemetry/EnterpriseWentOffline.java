package org.hazwatch.platform.telemetry;

import java.time.Instant;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event (在线/离线, SPEC §4): nothing arrived from the enterprise's gateways for the configured time (default 10 minutes).
 * Published by the presence watch for the alarm engine.
 * A {@code lastHeard} of null means nothing was heard since the platform started.
 */
public record EnterpriseWentOffline(EnterpriseCode enterpriseCode, Instant lastHeard, Instant at) {
}
