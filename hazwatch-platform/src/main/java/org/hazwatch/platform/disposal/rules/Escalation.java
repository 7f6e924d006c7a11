package org.hazwatch.platform.disposal.rules;

import java.time.Instant;

/**
 * One rung of the ladder reached (逾期升级).
 *
 * @param deadline the deadline that was missed
 * @param dueAt    when this rung fell due: the deadline plus one escalation step per rung below it
 */
public record Escalation(HandlingStep step, Recipient recipient, Instant deadline, Instant dueAt) {
}
