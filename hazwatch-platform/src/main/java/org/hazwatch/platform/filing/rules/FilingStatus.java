package org.hazwatch.platform.filing.rules;

/** Where a filing stands with the county (报备状态). */
public enum FilingStatus {
    /** 已报备: the county is told. */
    SUBMITTED,
    /** 已确认: the county acknowledged it. */
    ACKNOWLEDGED,
    /** 已质询: the county asked about it; it stands until withdrawn. */
    QUERIED,
    /** 已撤回: the enterprise withdrew it; the time before the withdrawal stays covered. */
    WITHDRAWN
}
