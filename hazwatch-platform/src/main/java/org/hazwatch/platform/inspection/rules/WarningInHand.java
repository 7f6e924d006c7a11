package org.hazwatch.platform.inspection.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A warning of an enterprise whose handling is not closed (在办预警), as the disposal feature sees it at the time of a
 * patrol (SPEC §7 deadlines, §9 ⑤ "warnings signed for and handled in time").
 *
 * @param colour          the warning's level as its colour, {@code 橙色}
 * @param raisedAt        when it was raised
 * @param signedFor       whether the enterprise signed for it
 * @param overdue         whether the step now open is past its deadline
 * @param enterprisesTurn whether that step is the enterprise's (sign for, feed back); false while the regulator
 *                        verifies
 * @param stateLabel      the handling state, zh-CN ({@code 已签收，处置中})
 */
public record WarningInHand(String colour, Instant raisedAt, boolean signedFor, boolean overdue,
                            boolean enterprisesTurn, String stateLabel) {

    public WarningInHand {
        Objects.requireNonNull(colour);
        Objects.requireNonNull(raisedAt);
    }

    /** Whether the enterprise fails ⑤ on it: not signed for, or its own step overdue. */
    public boolean abnormal() {
        return !signedFor || overdue && enterprisesTurn;
    }
}
