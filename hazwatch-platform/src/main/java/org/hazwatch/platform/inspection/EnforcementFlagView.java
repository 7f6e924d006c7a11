package org.hazwatch.platform.inspection;

import java.time.Instant;
import org.hazwatch.platform.inspection.rules.PatrolItem;

/** An enterprise flagged for enforcement: the item found abnormal {@code findings} times since {@code windowFrom}. */
public record EnforcementFlagView(String enterpriseCode, String enterpriseName, PatrolItem item, int findings,
                                  Instant windowFrom, Instant flaggedAt) {
}
