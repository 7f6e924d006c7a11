package org.hazwatch.platform.commitment;

import java.time.Instant;
import java.time.LocalDate;
import org.hazwatch.platform.commitment.rules.CommitmentForm;

/**
 * One version of a day's safety commitment (安全承诺); a correction is a higher version, earlier ones are kept.
 *
 * @param late whether this version came after the deadline (the day counts as late when its first version did)
 */
public record CommitmentView(String enterpriseCode, LocalDate day, int version, Instant submittedAt,
                             Instant deadline, boolean late, String submittedBy, CommitmentForm form) {
}
