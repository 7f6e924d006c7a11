package org.hazwatch.platform.disposal;

import java.time.Instant;
import java.util.UUID;

import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * Event (逾期升级): a handling deadline passed; the warning is escalated to {@code audience}. Published inside the
 * transaction that records the escalation on the warning's timeline.
 *
 * @param missedStep {@code SIGN_FOR}, {@code FEEDBACK}, {@code VERIFY}, or {@code FOLLOW_UP} for a follow-up order's
 *                   deadline (督办超时, always to the city)
 * @param deadline   the deadline that was missed
 */
public record DisposalEscalated(UUID warningId, String enterpriseCode, String hazardSourceCode,
                                String jurisdictionPath, WarningLevel level, String missedStep, Audience audience,
                                Instant deadline, Instant at) {
}
