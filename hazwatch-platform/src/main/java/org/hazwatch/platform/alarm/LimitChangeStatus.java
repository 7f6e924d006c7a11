package org.hazwatch.platform.alarm;

/** Where a limit change stands with the county (限值变更状态). */
public enum LimitChangeStatus {
    /** 已生效，待县级确认: in force since it was applied; in the county's inbox. */
    APPLIED,
    /** 已确认: the county acknowledged it. */
    ACKNOWLEDGED,
    /** 已质询: the county asked about it; the change stands until the enterprise changes the point again. */
    QUERIED
}
