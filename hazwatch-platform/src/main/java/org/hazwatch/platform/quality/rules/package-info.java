/**
 * The rules of data quality (数据质量, SPEC §9) in plain Java: the rates of a day from per point and hour counts, the
 * score and grade, the reasons of a bad point, the jurisdiction's mean, when the daily job is due.
 */
package org.hazwatch.platform.quality.rules;
