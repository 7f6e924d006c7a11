package org.hazwatch.platform.inspection.rules;

/** The inspector's finding on one item of a patrol (SPEC §9): normal, abnormal or not checkable. */
public enum PatrolResult {
    NORMAL("正常"),
    ABNORMAL("异常"),
    NOT_CHECKABLE("无法核查");

    private final String label;

    PatrolResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
