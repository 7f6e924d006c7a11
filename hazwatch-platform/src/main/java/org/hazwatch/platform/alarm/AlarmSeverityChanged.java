package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/** Event for the warning model: an alarm in force moved between H and HH, or L and LL (报警升级/降级). */
public record AlarmSeverityChanged(UUID episodeId, EnterpriseCode enterpriseCode, PointCode pointCode, AlarmKind kind,
                                   Severity from, Severity to, Priority priority, Instant at) {
}
