/**
 * The rules of data quality (数据质量, SPEC §9) in plain Java: the rates of a day from per point and hour counts, the
 * score and grade, the reasons of a bad point, the jurisdiction's mean, when the daily job is due.
 * Exposed to other features (web, demo) as the named interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.quality.rules;

import org.springframework.modulith.NamedInterface;
