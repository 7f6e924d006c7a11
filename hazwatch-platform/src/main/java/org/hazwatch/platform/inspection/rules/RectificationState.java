package org.hazwatch.platform.inspection.rules;

/** Where a rectification order (整改通知) stands. */
public enum RectificationState {
    /** Issued; the enterprise is to answer with its measures. */
    OPEN("待整改"),
    /** The enterprise answered; the regulator is to accept or return it. */
    ANSWERED("待验收"),
    /** The regulator returned the answer; the enterprise is to answer again. */
    RETURNED("已退回"),
    /** Accepted by the regulator (闭环). */
    CLOSED("已闭环");

    private final String label;

    RectificationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The enterprise's turn: it answers. */
    public boolean enterprisesTurn() {
        return this == OPEN || this == RETURNED;
    }
}
