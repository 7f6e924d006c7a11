package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a warning follows its assessment (预警升降级与解除), with hysteresis: it is raised and upgraded at once — risk
 * rising is news — but downgraded or lifted only after the assessed level has stayed lower for {@code hold}, and then
 * to the highest level assessed within the last {@code hold} (lifted when there was none). A score hovering at a
 * threshold therefore does not flap, and a warning is not lifted by one quiet minute.
 *
 * @param kind  what happens now; null when nothing does
 * @param after the warning afterwards; null when none stands (never raised, or lifted)
 */
public record WarningChange(ChangeKind kind, Standing after) {

    public static WarningChange decide(Standing standing, Assessment now, Instant at, Duration hold) {
        WarningLevel assessed = now.level();
        if (standing == null) {
            return assessed == null ? new WarningChange(null, null)
                    : new WarningChange(ChangeKind.RAISED, Standing.raised(assessed, now.signature()));
        }
        boolean factorsChanged = !standing.signature().equals(now.signature());
        if (assessed != null && assessed.above(standing.level())) {
            return new WarningChange(ChangeKind.UPGRADED, Standing.raised(assessed, now.signature()));
        }
        if (assessed == standing.level()) {
            return new WarningChange(factorsChanged ? ChangeKind.FACTORS_CHANGED : null,
                    Standing.raised(assessed, now.signature()));
        }
        Instant lowerSince = Objects.requireNonNullElse(standing.lowerSince(), at);
        Map<WarningLevel, Instant> seen = new EnumMap<>(WarningLevel.class);
        seen.putAll(standing.lastSeen());
        if (assessed != null) {
            seen.put(assessed, at);
        }
        Standing held = new Standing(standing.level(), now.signature(), lowerSince, seen);
        if (Duration.between(lowerSince, at).compareTo(hold) < 0) {
            return new WarningChange(factorsChanged ? ChangeKind.FACTORS_CHANGED : null, held);
        }
        WarningLevel target = held.highestSeenSince(at.minus(hold));
        if (target == null) {
            return new WarningChange(ChangeKind.LIFTED, null);
        }
        Map<WarningLevel, Instant> below = new EnumMap<>(WarningLevel.class);
        seen.forEach((l, t) -> {
            if (target.above(l)) {
                below.put(l, t);
            }
        });
        boolean stillLower = target.above(assessed);
        return new WarningChange(ChangeKind.DOWNGRADED,
                new Standing(target, now.signature(), stillLower ? at : null, stillLower ? below : Map.of()));
    }
}
