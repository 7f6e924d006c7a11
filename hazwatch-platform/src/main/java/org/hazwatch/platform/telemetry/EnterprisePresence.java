package org.hazwatch.platform.telemetry;

import java.time.Instant;

/**
 * Whether an enterprise is online now (SPEC §4) and when its gateway was last heard.
 *
 * @param lastHeard null when nothing arrived since the platform started
 */
public record EnterprisePresence(boolean online, Instant lastHeard) {
}
