package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.RectificationStep;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * A rectification order (整改通知) was issued or took a step of its timeline; published in the step's transaction, so
 * a listener that writes (the cascade's outbox and orders) commits or rolls back with it.
 *
 * @param by who took the step ({@code 省级平台/<user>} for an order the province sent down)
 */
public record RectificationChanged(UUID orderId, EnterpriseCode enterpriseCode, String jurisdictionPath,
                                   RectificationStep step, String by, Instant at) {
}
