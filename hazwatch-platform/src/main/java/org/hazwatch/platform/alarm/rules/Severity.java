package org.hazwatch.platform.alarm.rules;

/**
 * How bad one alarm episode is (报警级别): the limit it crossed (LL 低低报, L 低报, H 高报, HH 高高报) or, for the
 * other kinds, the kind's own single severity.
 */
public enum Severity {
    LL(Priority.HIGH, "低低报"),
    L(Priority.MEDIUM, "低报"),
    H(Priority.MEDIUM, "高报"),
    HH(Priority.HIGH, "高高报"),
    RATE(Priority.MEDIUM, "变化速率报警"),
    FLATLINE(Priority.LOW, "数据冻结"),
    INVALID(Priority.LOW, "数据无效"),
    OFFLINE(Priority.LOW, "离线报警"),
    /** A video AI-analysis alarm (烟火, 跑冒滴漏): a person must look at once. */
    VIDEO(Priority.HIGH, "视频报警");

    private final Priority priority;
    private final String label;

    Severity(Priority priority, String label) {
        this.priority = priority;
        this.label = label;
    }

    /** The severity's zh-CN name (高高报 …), the one the pages, the warning factors and the notifications show. */
    public String label() {
        return label;
    }

    /**
     * The shutdown limits (LL, HH) are high priority, the operating limits and rate of change medium, the
     * data-quality kinds low: a stuck or silent instrument needs a technician, not the operator's first glance.
     */
    public Priority priority() {
        return priority;
    }

    /** Whether this severity is more urgent than the other (HH over H, LL over L). */
    public boolean outranks(Severity other) {
        return priority.compareTo(other.priority) > 0;
    }
}
