package org.hazwatch.platform.filing;

import java.time.Instant;
import java.util.UUID;

/** Event for notifications: a filing was made; the county over {@code jurisdictionPath} is to be told. */
public record FilingSubmitted(UUID filingId, String enterpriseCode, String jurisdictionPath, String type,
                              Instant from, Instant until) {
}
