package org.hazwatch.platform.commitment;

import java.time.Instant;
import java.time.LocalDate;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Event for the warning model and notifications: the enterprise had not committed (未承诺) by the day's deadline.
 * Published once per enterprise and day, by the watch that runs after the deadline.
 */
public record CommitmentMissed(EnterpriseCode enterpriseCode, String jurisdictionPath, LocalDate day,
                               Instant deadline) {
}
