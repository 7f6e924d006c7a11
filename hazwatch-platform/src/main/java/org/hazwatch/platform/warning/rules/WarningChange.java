package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a warning follows its assessment (预警升降级与解除), with hysteresis: it is raised and upgraded at once — risk
 * rising is news — but downgraded or lifted only after the lower level has held for {@code hold}, so a score hovering
 * at a threshold does not flap. It then takes the highest level assessed during the hold.
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
        WarningLevel heldMax = standing.lowerSince() == null || higher(assessed, standing.heldMax())
                ? assessed : standing.heldMax();
        if (Duration.between(lowerSince, at).compareTo(hold) < 0) {
            return new WarningChange(factorsChanged ? ChangeKind.FACTORS_CHANGED : null,
                    new Standing(standing.level(), now.signature(), lowerSince, heldMax));
        }
        if (heldMax == null) {
            return new WarningChange(ChangeKind.LIFTED, null);
        }
        boolean stillLower = assessed == null || heldMax.above(assessed);
        return new WarningChange(ChangeKind.DOWNGRADED, new Standing(heldMax, now.signature(),
                stillLower ? at : null, stillLower ? assessed : null));
    }

    private static boolean higher(WarningLevel a, WarningLevel b) {
        return a != null && a.above(b);
    }
}
