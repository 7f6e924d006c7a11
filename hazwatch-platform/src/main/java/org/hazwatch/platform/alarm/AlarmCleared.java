package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;

/**
 * Event for the warning model: an alarm is no longer in force (报警消除) — its condition returned to normal, or it
 * was suppressed by design or taken out of service. A shelved alarm stays in force.
 */
public record AlarmCleared(UUID episodeId, String enterpriseCode, String pointCode, String kind, String severity,
                           Instant at) {
}
