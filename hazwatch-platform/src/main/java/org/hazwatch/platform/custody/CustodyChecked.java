package org.hazwatch.platform.custody;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * A custody check (包保责任人履职检查) was recorded; published inside the transaction that stores it, so a listener
 * that writes joins it (the cascade's outbox, SPEC §12).
 */
public record CustodyChecked(UUID checkId, EnterpriseCode enterpriseCode, String jurisdictionPath, Instant at) {
}
