package org.hazwatch.platform.warning.rules;

import java.time.Instant;
import java.util.Set;

/**
 * A standing warning (在预警) as the hysteresis needs it.
 *
 * @param lowerSince since when the assessed level has stayed below {@code level}; null while it has not
 * @param heldMax    the highest level assessed since {@code lowerSince} (null: none)
 */
public record Standing(WarningLevel level, Set<String> signature, Instant lowerSince, WarningLevel heldMax) {

    public Standing {
        signature = Set.copyOf(signature);
    }

    public static Standing raised(WarningLevel level, Set<String> signature) {
        return new Standing(level, signature, null, null);
    }
}
