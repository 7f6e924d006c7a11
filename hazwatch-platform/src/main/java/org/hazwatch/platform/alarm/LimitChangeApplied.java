package org.hazwatch.platform.alarm;

import java.util.UUID;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event: an enterprise changed a point's limits from a what-if proposal; the county over {@code jurisdictionPath}
 * is to acknowledge or query it. Published inside the change's transaction.
 */
public record LimitChangeApplied(UUID changeId, EnterpriseCode enterpriseCode, String pointCode,
                                 String jurisdictionPath, String appliedBy) {
}
