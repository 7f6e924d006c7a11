package org.hazwatch.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * The standing risk warnings (预警) the overview colours its map and counts its cards by. The warning feature's
 * public bean answers it; until that is wired, {@link NoWarningLevels} says there are none.
 */
interface WarningLevels {

    /** The most severe standing warning level of each enterprise the actor sees; enterprises without one absent. */
    Map<String, WarningLevel> standing(Actor actor);

    /** The standing warnings the actor sees, most severe and newest first. */
    List<StandingWarning> standingWarnings(Actor actor, int limit);

    /** @param hazardSourceCode null for a warning on the whole enterprise */
    record StandingWarning(UUID id, String enterpriseCode, String hazardSourceCode, WarningLevel level,
                           Instant since) {
    }
}
