package org.hazwatch.platform.alarm;

import java.time.Instant;

/**
 * What the safety manager applies from the what-if page (应用限值建议): the proposed limits (null where a limit is
 * not to be set: limits are a set), deadband and delays, the reason, and the window the proposal was replayed over
 * (optional; when given, the episodes the replay found now and as proposed are kept with the change).
 */
public record LimitChangeRequest(Double ll, Double l, Double h, Double hh, Double deadband, Long onDelaySeconds,
                                 Long offDelaySeconds, String reason, Instant replayFrom, Instant replayTo) {
}
