package org.hazwatch.platform.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * The standing risk warnings (预警) the overview colours its map and counts its cards by. The warning feature's
 * public bean answers it ({@link StandingWarningLevels}).
 */
interface WarningLevels {

    /** The standing warnings the actor sees, most severe and newest first (one read serves map and rows). */
    List<StandingWarning> standingWarnings(Actor actor);

    /** The most severe standing warning level of each enterprise; enterprises without one absent. */
    static Map<String, WarningLevel> worstPerEnterprise(List<StandingWarning> standing) {
        Map<String, WarningLevel> worst = new LinkedHashMap<>();
        for (StandingWarning w : standing) {
            worst.merge(w.enterpriseCode(), w.level(), (a, b) -> a.above(b) ? a : b);
        }
        return worst;
    }

    /** @param hazardSourceCode null for a warning on the whole enterprise */
    record StandingWarning(UUID id, String enterpriseCode, String hazardSourceCode, WarningLevel level,
                           Instant since) {
    }
}
