package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;

/** Event (签收): the enterprise signed for a warning; {@code late} when after the deadline. */
public record WarningSignedFor(UUID warningId, EnterpriseCode enterpriseCode, String jurisdictionPath,
                               WarningLevel level, String by, boolean late, Instant at) {
}
