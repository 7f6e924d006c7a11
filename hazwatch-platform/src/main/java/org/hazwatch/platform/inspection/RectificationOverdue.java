package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event for notifications and bulletins: a rectification order is past its deadline and not closed. Published once
 * per order; notify tells the enterprise and the regulators at {@code escalatedToPath} (the level above the issuer).
 *
 * @param escalatedToPath the node above the issuing regulator; null when there is none
 */
public record RectificationOverdue(UUID orderId, long number, EnterpriseCode enterpriseCode, String jurisdictionPath,
                                   PatrolItem item, String problem, Instant deadline, String escalatedToPath,
                                   Instant at) {
}
