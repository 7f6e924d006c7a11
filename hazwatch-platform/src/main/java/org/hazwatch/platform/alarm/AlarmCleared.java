package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/**
 * Event for the warning model: an alarm is no longer in force (报警消除) — its condition returned to normal, or it
 * was suppressed by design or taken out of service. A shelved alarm stays in force.
 */
public record AlarmCleared(UUID episodeId, EnterpriseCode enterpriseCode, PointCode pointCode, AlarmKind kind,
                           Severity severity, Instant at) {
}
