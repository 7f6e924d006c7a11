package org.hazwatch.platform.filing;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.protocol.EnterpriseCode;

/** Event for notifications and the warning model: a filing was withdrawn; its points are back in service. */
public record FilingWithdrawn(UUID filingId, EnterpriseCode enterpriseCode, String jurisdictionPath, Instant at) {
}
