package org.hazwatch.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * The standing risk warnings (预警) the overview colours its map, counts its cards and starts its live list by. The
 * warning feature's public bean answers it ({@link StandingWarningLevels}).
 */
interface WarningLevels {

    /** The standing warnings the actor sees, most severe and newest first, at most {@code limit}. */
    List<StandingWarning> mostSevere(Actor actor, int limit);

    /** The most severe standing level of each enterprise the actor sees; enterprises without one absent. */
    Map<String, WarningLevel> worstPerEnterprise(Actor actor);

    /** @param hazardSourceCode null for a warning on the whole enterprise */
    record StandingWarning(UUID id, String enterpriseCode, String hazardSourceCode, WarningLevel level,
                           Instant since) {
    }
}
