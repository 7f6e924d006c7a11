package org.hazwatch.platform.inspection;

import java.time.LocalDate;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.RectificationState;

/**
 * What the ledger is narrowed to; every field null means "any".
 *
 * @param from first day of the period (issued, decided, published), in the platform's zone
 * @param to   last day of the period, inclusive
 */
public record RectificationFilter(RectificationState state, Boolean overdue, String enterprise, PatrolItem item,
                                  LocalDate from, LocalDate to) {

    public static RectificationFilter any() {
        return new RectificationFilter(null, null, null, null, null, null);
    }
}
