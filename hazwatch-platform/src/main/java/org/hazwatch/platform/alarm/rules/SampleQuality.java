package org.hazwatch.platform.alarm.rules;

/** What the alarm engine makes of a reading's quality (数据质量). */
public enum SampleQuality {
    /** GOOD or UNCERTAIN: the value stands for the process. */
    USABLE,
    /** Outside the measuring range (an instrument fault, SPEC §4). */
    OUT_OF_RANGE,
    /** The gateway marked it bad. */
    BAD
}
