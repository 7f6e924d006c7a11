package org.hazwatch.platform.disposal.rules;

/** A step of handling that has a deadline and can be missed; its name is the {@code missedStep} of escalations. */
public enum HandlingStep {
    SIGN_FOR("签收"),
    FEEDBACK("处置反馈"),
    VERIFY("核查"),
    /** The deadline of a follow-up order (督办). */
    FOLLOW_UP("督办");

    private final String label;

    HandlingStep(String label) {
        this.label = label;
    }

    /** zh-CN. */
    public String label() {
        return label;
    }
}
