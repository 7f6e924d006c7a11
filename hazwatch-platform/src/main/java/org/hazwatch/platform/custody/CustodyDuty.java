package org.hazwatch.platform.custody;

import java.time.Instant;
import org.hazwatch.platform.custody.rules.CustodyRole;

/**
 * One custody duty (包保履职): a person of a hazard source, the last check and when the next is due.
 *
 * @param dueAt {@link Instant#EPOCH} when there was never a check
 */
public record CustodyDuty(String enterpriseCode, String hazardSourceCode, CustodyRole role, String personName,
                          String phone, Instant lastCheckedAt, Instant dueAt, boolean overdue) {
}
