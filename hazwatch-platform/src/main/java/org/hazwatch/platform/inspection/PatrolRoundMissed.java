package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.time.LocalDate;
import org.hazwatch.platform.inspection.rules.PatrolRound;

/**
 * A county or park did not complete a patrol round by its deadline (SPEC §9, 18:00 local for the afternoon):
 * bulletins name it, notify escalates it to the next level up.
 *
 * @param jurisdictionPath the county's (or park's) path
 * @param due              enterprises due in the round
 * @param patrolled        of those, patrolled in the round
 */
public record PatrolRoundMissed(String jurisdictionCode, String jurisdictionName, String jurisdictionPath,
                                LocalDate day, PatrolRound round, Instant deadline, int due, int patrolled) {
}
