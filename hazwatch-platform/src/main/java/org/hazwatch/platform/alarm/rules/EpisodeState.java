package org.hazwatch.platform.alarm.rules;

/**
 * The ISA-18.2 / IEC 62682 alarm states (报警状态) an episode passes through.
 */
public enum EpisodeState {
    /** 正常: returned to normal and acknowledged; the episode is closed. */
    NORMAL,
    /** 未确认: active, not yet acknowledged. */
    UNACKNOWLEDGED,
    /** 已确认: active and acknowledged. */
    ACKNOWLEDGED,
    /** 恢复未确认: returned to normal before anyone acknowledged it. */
    RETURNED_UNACKNOWLEDGED,
    /** 搁置: a person shelved it (with a reason, until an end time). */
    SHELVED,
    /** 设计抑制: suppressed by design, e.g. its unit is shut down. */
    SUPPRESSED,
    /** 停用: out of service under a filing (报备). */
    OUT_OF_SERVICE;

    /**
     * Whether the alarm counts as standing for the risk model: its condition is active and it is annunciated or
     * merely shelved. Shelving is an operator's way to quiet a console, not a judgement that the risk is gone;
     * suppression by design and filings are.
     */
    public boolean inForce() {
        return this == UNACKNOWLEDGED || this == ACKNOWLEDGED || this == SHELVED;
    }
}
