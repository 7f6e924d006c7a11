package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.util.UUID;

/** A suppression by design (设计抑制) as the API shows it. */
record SuppressionView(UUID id, String enterpriseCode, String target, String by, String reason, Instant from,
                       Instant until) {
}
