package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.disposal.rules.HandlingStep;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;

/**
 * Event (逾期升级): a handling deadline passed; the warning is escalated to {@code audience}. Published inside the
 * transaction that records the escalation on the warning's timeline.
 *
 * @param missedStep the step whose deadline passed; {@link HandlingStep#FOLLOW_UP} for a follow-up order's
 *                   deadline (督办超时, always to the city)
 * @param deadline   the deadline that was missed
 */
public record DisposalEscalated(UUID warningId, EnterpriseCode enterpriseCode, HazardSourceCode hazardSourceCode,
                                String jurisdictionPath, WarningLevel level, HandlingStep missedStep, Audience audience,
                                Instant deadline, Instant at) {
}
