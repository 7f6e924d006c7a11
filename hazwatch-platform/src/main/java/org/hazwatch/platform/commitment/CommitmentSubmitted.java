package org.hazwatch.platform.commitment;

import java.time.Instant;
import java.time.LocalDate;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * A daily safety commitment (安全承诺) was submitted or corrected; published inside the transaction that stores it,
 * so a listener that writes joins it (the cascade's outbox, SPEC §12).
 *
 * @param version the day's version number (1 the first submission, more for each correction)
 */
public record CommitmentSubmitted(EnterpriseCode enterpriseCode, String jurisdictionPath, LocalDate day, int version,
                                  Instant at) {
}
