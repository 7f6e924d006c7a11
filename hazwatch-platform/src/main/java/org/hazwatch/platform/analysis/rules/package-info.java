/**
 * The rules of the figures of a period, in plain Java: the period and the one before it, how a figure compares with
 * the previous period, the grade of a mean score, and when an enterprise is named (SPEC §9).
 */
package org.hazwatch.platform.analysis.rules;
