package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/**
 * An alarm in force now (unacknowledged, acknowledged or shelved), for a feature that follows {@link AlarmRaised}
 * and must know where things stand after a restart (the warning model).
 *
 * @param pointCode null for an enterprise's own alarm
 * @param since     when the episode was raised
 */
public record AlarmInForce(UUID episodeId, EnterpriseCode enterpriseCode, PointCode pointCode, AlarmKind kind,
                           Severity severity, Instant since) {
}
