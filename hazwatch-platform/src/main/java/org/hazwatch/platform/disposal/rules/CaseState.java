package org.hazwatch.platform.disposal.rules;

/**
 * Where the handling of one warning stands (SPEC §7). Verification that passes closes the case at once, so
 * "verified" (已核查) is a step on the timeline, not a state the case rests in.
 */
public enum CaseState {
    /** 已推送: waiting for the enterprise to sign for it. */
    PUSHED("已推送，待签收", HandlingStep.SIGN_FOR),
    /** 已签收: the enterprise is handling it; feedback is due (again, after a rejected verification). */
    SIGNED_FOR("已签收，处置中", HandlingStep.FEEDBACK),
    /** 已反馈: red and orange only — waiting for the regulator's verification (核查). */
    FED_BACK("已反馈，待核查", HandlingStep.VERIFY),
    /** 已闭环. */
    CLOSED("已闭环", null);

    private final String label;
    private final HandlingStep openStep;

    CaseState(String label, HandlingStep openStep) {
        this.label = label;
        this.openStep = openStep;
    }

    /** zh-CN. */
    public String label() {
        return label;
    }

    /** The step whose deadline runs in this state; null when closed. */
    public HandlingStep openStep() {
        return openStep;
    }

    /** Whether the enterprise has a step to take (a follow-up order can be issued and is met by feedback). */
    public boolean enterprisesTurn() {
        return this == PUSHED || this == SIGNED_FOR;
    }
}
