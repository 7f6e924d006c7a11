package org.hazwatch.platform.alarm.rules;

/**
 * An alarm's priority (报警优先级), as the alarm-system health figures count it (EEMUA 191 / ISA-18.2 §16 aim at
 * about 80 % low, 15 % medium, 5 % high of the annunciated alarms).
 */
public enum Priority {
    LOW,
    MEDIUM,
    HIGH
}
