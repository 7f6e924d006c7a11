package org.hazwatch.platform.registry.rules;

/**
 * One chemical's share of a grading: q/Q and β·q/Q, with where Q and β came from.
 *
 * @param q         actual quantity in tonnes
 * @param criticalQ critical quantity Q in tonnes (临界量)
 * @param beta      correction coefficient β (校正系数)
 * @param ratio     q / Q
 * @param basis     zh-CN: where Q and β came from, e.g. {@code Q 取表1第12项「氯」5 t；β 取表3 毒性气体「氯」4}
 */
public record GradingTerm(String cas, String name, double q, double criticalQ, double beta, double ratio, String basis) {
}
