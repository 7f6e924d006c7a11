package org.hazwatch.platform.filing;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.filing.rules.FilingType;
import org.hazwatch.protocol.EnterpriseCode;

/** Event for notifications: a filing was made; the county over {@code jurisdictionPath} is to be told. */
public record FilingSubmitted(UUID filingId, EnterpriseCode enterpriseCode, String jurisdictionPath, FilingType type,
                              Instant from, Instant until) {
}
