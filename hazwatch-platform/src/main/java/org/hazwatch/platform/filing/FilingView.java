package org.hazwatch.platform.filing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingStatus;
import org.hazwatch.platform.filing.rules.FilingType;

/**
 * A filing (报备) with its period, scope, the points it takes out of service and the county's answer.
 *
 * @param pointCodes the points out of service; empty when the whole enterprise is
 */
public record FilingView(UUID id, String enterpriseCode, FilingType type, FilingScope scope, List<String> targets,
                         List<String> pointCodes, Instant from, Instant until, String reason, FilingStatus status,
                         String filedBy, Instant filedAt, String response, String respondedBy, Instant respondedAt) {
}
