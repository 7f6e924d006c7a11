package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.RectificationState;

/**
 * A rectification order (整改通知) as the ledger shows it.
 *
 * @param number      the ledger's running number (整改通知 第 n 号)
 * @param overdue     past its deadline and not closed, at the time it was read
 * @param escalatedAt when the overdue order was escalated (once), else null
 * @param origin      the platform that keeps it when it was forwarded to this one (cascade, SPEC §12); null for own
 */
public record RectificationView(UUID id, long number, String enterpriseCode, String enterpriseName, PatrolItem item,
                                String problem, Instant deadline, RectificationState state, boolean overdue,
                                UUID patrolId, String issuedBy, Instant issuedAt, Instant closedAt,
                                Instant escalatedAt, String origin) {

    /** The order as forwarded by another platform, marked with its code. */
    public RectificationView forwardedBy(String platform) {
        return new RectificationView(id, number, enterpriseCode, enterpriseName, item, problem, deadline, state,
                overdue, patrolId, issuedBy, issuedAt, closedAt, escalatedAt, platform);
    }
}
