package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;

/** Event (督办): a county regulator ordered the enterprise to handle a warning by {@code deadline}. */
public record FollowUpOrdered(UUID warningId, EnterpriseCode enterpriseCode, String jurisdictionPath,
                              WarningLevel level, String orderedBy, String instruction, Instant deadline, Instant at) {
}
