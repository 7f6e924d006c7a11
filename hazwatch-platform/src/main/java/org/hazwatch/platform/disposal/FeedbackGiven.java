package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.disposal.rules.CauseCategory;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event (处置反馈): the enterprise reported how it handled a warning.
 *
 * @param verifyBy the regulator's verification deadline (red, orange); null when the feedback closed the case
 */
public record FeedbackGiven(UUID warningId, EnterpriseCode enterpriseCode, String jurisdictionPath, WarningLevel level,
                            CauseCategory cause, String by, Instant verifyBy, Instant at) {
}
