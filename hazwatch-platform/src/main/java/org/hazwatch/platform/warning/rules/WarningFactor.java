package org.hazwatch.platform.warning.rules;

/**
 * One reason a warning stands (预警因子), as a regulator reads it.
 *
 * @param code   stable identifier, e.g. {@code INHERENT_LEVEL}, {@code ALARM_HH_LL}, {@code COMMITMENT_MISSING}
 * @param label  zh-CN name of the factor, e.g. 高高报/低低报报警
 * @param detail zh-CN sentence with the values, e.g. 反应器压力 S0001YL001 高高报 2,950 kPa，持续 12 分钟
 * @param score  what the factor adds to the score
 */
public record WarningFactor(String code, String label, String detail, int score) {
}
