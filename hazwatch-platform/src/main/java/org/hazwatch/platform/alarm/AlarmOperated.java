package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;

/**
 * Event: a person acknowledged (确认), shelved (搁置) or unshelved (解除搁置) an alarm. Published after the operation
 * and its audit entry are stored, on the caller's thread; the pages of the enterprise and the overview refresh
 * their alarm lists on it.
 *
 * @param pointCode        null for an enterprise's own alarm
 * @param jurisdictionPath the enterprise's jurisdiction path
 * @param by               the username of who did it
 */
public record AlarmOperated(UUID episodeId, EnterpriseCode enterpriseCode, PointCode pointCode, String jurisdictionPath,
                            Operation operation, String by, Instant at) {

    public enum Operation { ACKNOWLEDGED, SHELVED, UNSHELVED }
}
