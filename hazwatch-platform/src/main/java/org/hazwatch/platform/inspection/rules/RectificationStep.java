package org.hazwatch.platform.inspection.rules;

/** What happened to a rectification order, as its timeline shows it. */
public enum RectificationStep {
    ISSUED("下达整改通知"),
    ANSWERED("企业整改回复"),
    RETURNED("退回重新整改"),
    ACCEPTED("验收通过（闭环）"),
    ESCALATED("逾期升级");

    private final String label;

    RectificationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
