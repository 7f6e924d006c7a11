package org.hazwatch.platform.custody;

import java.time.Instant;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;

/**
 * Event for the warning model and notifications: a custody person's check is overdue (包保履职逾期). Published once
 * per duty and due time.
 *
 * @param dueAt {@link Instant#EPOCH} when the duty was never checked
 */
public record CustodyDutyOverdue(EnterpriseCode enterpriseCode, String jurisdictionPath,
                                 HazardSourceCode hazardSourceCode, CustodyRole role, String personName,
                                 Instant dueAt) {
}
