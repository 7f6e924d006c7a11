package org.hazwatch.platform.disposal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.disposal.rules.HandlingStep;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * The handling of one warning as the API shows it; times at +08:00.
 *
 * @param level        the highest level the warning reached, which sets the deadlines
 * @param currentLevel the warning's level now
 * @param openStep     the step whose deadline runs; null when closed
 * @param escalations  rungs escalated for the open step
 */
public record DisposalView(UUID warningId, String enterpriseCode, String hazardSourceCode, String jurisdictionPath,
                           WarningLevel level, WarningLevel currentLevel, CaseState state, String stateLabel,
                           HandlingStep openStep, OffsetDateTime deadline, boolean overdue, int escalations,
                           OffsetDateTime followUpDeadline, boolean lifted, OffsetDateTime raisedAt,
                           OffsetDateTime signedForAt, OffsetDateTime fedBackAt, OffsetDateTime closedAt) {
}
