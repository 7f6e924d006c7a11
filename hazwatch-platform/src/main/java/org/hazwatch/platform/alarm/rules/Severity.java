package org.hazwatch.platform.alarm.rules;

/**
 * How bad one alarm episode is (报警级别): the limit it crossed (LL 低低报, L 低报, H 高报, HH 高高报) or, for the
 * other kinds, the kind's own single severity.
 */
public enum Severity {
    LL(Priority.HIGH),
    L(Priority.MEDIUM),
    H(Priority.MEDIUM),
    HH(Priority.HIGH),
    RATE(Priority.MEDIUM),
    FLATLINE(Priority.LOW),
    INVALID(Priority.LOW),
    OFFLINE(Priority.LOW);

    private final Priority priority;

    Severity(Priority priority) {
        this.priority = priority;
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
