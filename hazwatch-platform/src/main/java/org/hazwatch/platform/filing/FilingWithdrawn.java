package org.hazwatch.platform.filing;

import java.time.Instant;
import java.util.UUID;

/** Event for notifications and the warning model: a filing was withdrawn; its points are back in service. */
public record FilingWithdrawn(UUID filingId, String enterpriseCode, String jurisdictionPath, Instant at) {
}
