package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.VerificationVerdict;

/**
 * A regulator's verification (核查) of an alarm or a warning.
 *
 * @param target {@code ALARM} or {@code WARNING}
 */
public record VerificationView(UUID id, String target, UUID targetId, String enterpriseCode,
                               VerificationVerdict verdict, String note, String verifiedBy, Instant verifiedAt) {
}
