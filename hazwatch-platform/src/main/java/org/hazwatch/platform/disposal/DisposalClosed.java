package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event (闭环): the handling of a warning is closed.
 *
 * @param how {@code VERIFIED} (red, orange), {@code FEEDBACK} (yellow, blue) or {@code AUTO} (a blue warning lifted
 *            before anyone signed for it, 自动解除)
 */
public record DisposalClosed(UUID warningId, EnterpriseCode enterpriseCode, String jurisdictionPath, WarningLevel level,
                             String how, Instant at) {
}
