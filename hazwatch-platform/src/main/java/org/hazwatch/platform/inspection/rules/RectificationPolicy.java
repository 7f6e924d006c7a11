package org.hazwatch.platform.inspection.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The numbers of rectification in force for a jurisdiction (SPEC §9 defaults; configurable per jurisdiction):
 * the deadline of an order by item — monitoring data or video offline 24 h, everything else 7 days — and the
 * repeat-finding rule: the same item abnormal {@code repeatCount} times within {@code repeatWindow} flags the
 * enterprise for enforcement.
 */
public record RectificationPolicy(Duration offlineDeadline, Duration otherDeadline, int repeatCount,
                                  Duration repeatWindow) {

    public static final RectificationPolicy SPEC_DEFAULTS = new RectificationPolicy(Duration.ofHours(24),
            Duration.ofDays(7), 3, Duration.ofDays(30));

    public RectificationPolicy {
        Objects.requireNonNull(offlineDeadline);
        Objects.requireNonNull(otherDeadline);
        Objects.requireNonNull(repeatWindow);
        if (offlineDeadline.isNegative() || offlineDeadline.isZero() || otherDeadline.isNegative()
                || otherDeadline.isZero() || repeatWindow.isNegative() || repeatWindow.isZero()) {
            throw new IllegalArgumentException("deadlines and the repeat window are positive");
        }
        if (repeatCount < 2) {
            throw new IllegalArgumentException("a repeat takes at least 2 findings");
        }
    }

    /** The default deadline of an order for the item issued at {@code issuedAt}. */
    public Instant deadlineFor(PatrolItem item, Instant issuedAt) {
        boolean offline = item == PatrolItem.DATA_ONLINE || item == PatrolItem.VIDEO_ONLINE;
        return issuedAt.plus(offline ? offlineDeadline : otherDeadline);
    }

    /**
     * Whether the findings of one item of one enterprise flag it for enforcement at {@code now}: at least
     * {@code repeatCount} of them within the window ending at {@code now}.
     */
    public boolean repeated(List<Instant> findingsOfTheItem, Instant now) {
        Instant from = now.minus(repeatWindow);
        return findingsOfTheItem.stream().filter(t -> !t.isBefore(from) && !t.isAfter(now)).count() >= repeatCount;
    }
}
