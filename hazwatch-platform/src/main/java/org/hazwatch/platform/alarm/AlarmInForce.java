package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;

/**
 * An alarm in force now (unacknowledged, acknowledged or shelved), for a feature that follows {@link AlarmRaised}
 * and must know where things stand after a restart (the warning model).
 *
 * @param pointCode null for an enterprise's own alarm
 * @param since     when the episode was raised
 */
public record AlarmInForce(UUID episodeId, String enterpriseCode, String pointCode, String kind, String severity,
                           Instant since) {
}
