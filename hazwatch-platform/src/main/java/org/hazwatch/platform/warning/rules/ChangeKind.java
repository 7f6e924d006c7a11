package org.hazwatch.platform.warning.rules;

/** What happened to a warning (预警变化), as its history records it. */
public enum ChangeKind {
    RAISED("预警产生"),
    UPGRADED("预警升级"),
    DOWNGRADED("预警降级"),
    FACTORS_CHANGED("预警因子变化"),
    LIFTED("预警解除");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** zh-CN: 预警产生, 预警升级, … */
    public String label() {
        return label;
    }
}
