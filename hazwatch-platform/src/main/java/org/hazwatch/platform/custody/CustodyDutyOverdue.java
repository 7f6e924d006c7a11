package org.hazwatch.platform.custody;

import java.time.Instant;

/**
 * Event for the warning model and notifications: a custody person's check is overdue (包保履职逾期). Published once
 * per duty and due time.
 *
 * @param role  {@code main}, {@code technical} or {@code operations}
 * @param dueAt {@link Instant#EPOCH} when the duty was never checked
 */
public record CustodyDutyOverdue(String enterpriseCode, String jurisdictionPath, String hazardSourceCode,
                                 String role, String personName, Instant dueAt) {
}
