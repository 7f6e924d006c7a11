package org.hazwatch.platform.inspection.rules;

import java.time.Instant;

/**
 * The state machine of a rectification order (SPEC §9): issued OPEN; the enterprise answers (OPEN or RETURNED →
 * ANSWERED); the regulator accepts (ANSWERED → CLOSED) or returns it (ANSWERED → RETURNED). A closed order takes no
 * further step. An order is overdue while it is not closed after its deadline.
 */
public final class RectificationFlow {

    private RectificationFlow() {
    }

    /**
     * The state after a step.
     *
     * @throws RectificationRefused when the step is not allowed in {@code from}
     */
    public static RectificationState after(RectificationState from, RectificationStep step) {
        return switch (step) {
            case ISSUED -> throw new RectificationRefused("整改通知已下达");
            case ANSWERED -> {
                if (!from.enterprisesTurn()) {
                    throw new RectificationRefused(from == RectificationState.CLOSED ? "整改已闭环，不能再回复"
                            : "整改回复待验收，不能重复回复");
                }
                yield RectificationState.ANSWERED;
            }
            case ACCEPTED, RETURNED -> {
                if (from != RectificationState.ANSWERED) {
                    throw new RectificationRefused(from == RectificationState.CLOSED ? "整改已闭环"
                            : "企业尚未回复整改情况");
                }
                yield step == RectificationStep.ACCEPTED ? RectificationState.CLOSED : RectificationState.RETURNED;
            }
            case ESCALATED -> from;
        };
    }

    /** Past its deadline and not closed. */
    public static boolean overdue(RectificationState state, Instant deadline, Instant now) {
        return state != RectificationState.CLOSED && now.isAfter(deadline);
    }

    /**
     * The jurisdiction node an overdue order escalates to: the node above the regulator who issued it (a county's
     * order goes to its city), or above the enterprise's own node when the platform admin issued it; null when there
     * is no node above (a province's order).
     *
     * @param issuerPath     the issuing regulator's path ({@code 140000/140500/140525/}); empty for the admin
     * @param enterprisePath the enterprise's path
     */
    public static String escalatesTo(String issuerPath, String enterprisePath) {
        String base = issuerPath == null || issuerPath.isEmpty() ? enterprisePath : issuerPath;
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        int cut = trimmed.lastIndexOf('/');
        return cut < 0 ? null : trimmed.substring(0, cut + 1);
    }
}
