package org.hazwatch.platform.inspection;

import java.time.Instant;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event: the same item was found abnormal {@code findings} times within the window, so the enterprise is flagged
 * for enforcement (执法检查). Published once per enterprise, item and window.
 */
public record EnforcementFlagged(EnterpriseCode enterpriseCode, String jurisdictionPath, PatrolItem item,
                                 int findings, Instant windowFrom, Instant at) {
}
