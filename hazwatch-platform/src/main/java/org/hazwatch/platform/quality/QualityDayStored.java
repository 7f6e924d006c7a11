package org.hazwatch.platform.quality;

import java.time.Instant;
import java.time.LocalDate;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * An enterprise's data-quality day was stored (by the job or a seed); published in the storing transaction, so a
 * listener that writes (the cascade's outbox) commits or rolls back with it.
 */
public record QualityDayStored(EnterpriseCode enterpriseCode, LocalDate day, String jurisdictionPath, Instant at) {
}
