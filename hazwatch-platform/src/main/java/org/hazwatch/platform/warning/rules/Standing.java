package org.hazwatch.platform.warning.rules;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A standing warning (在预警) as the hysteresis needs it.
 *
 * @param lowerSince since when the assessed level has stayed below {@code level}; null while it has not
 * @param lastSeen   when each lower level was last assessed since {@code lowerSince}
 */
public record Standing(WarningLevel level, Set<String> signature, Instant lowerSince,
                       Map<WarningLevel, Instant> lastSeen) {

    public Standing {
        signature = Set.copyOf(signature);
        lastSeen = lastSeen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(lastSeen));
    }

    public static Standing raised(WarningLevel level, Set<String> signature) {
        return new Standing(level, signature, null, Map.of());
    }

    /** The highest level assessed after {@code since}; null when none was. */
    WarningLevel highestSeenSince(Instant since) {
        for (WarningLevel l : WarningLevel.values()) {
            Instant at = lastSeen.get(l);
            if (at != null && at.isAfter(since)) {
                return l;
            }
        }
        return null;
    }
}
