package org.hazwatch.platform.commitment;

import java.time.Instant;
import java.time.LocalDate;
import org.hazwatch.protocol.EnterpriseCode;

/** Event for the warning model and notifications: the day's first commitment came after the deadline (迟报). */
public record CommitmentLate(EnterpriseCode enterpriseCode, String jurisdictionPath, LocalDate day, Instant deadline,
                             Instant submittedAt) {
}
