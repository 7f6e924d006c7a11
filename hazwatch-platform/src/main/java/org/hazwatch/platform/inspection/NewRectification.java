package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolItem;

/**
 * An order to issue.
 *
 * @param patrolId the patrol record the finding comes from, if any
 * @param deadline null for the default of the item (SPEC §9)
 */
public record NewRectification(String enterpriseCode, UUID patrolId, PatrolItem item, String problem,
                               Instant deadline) {
}
