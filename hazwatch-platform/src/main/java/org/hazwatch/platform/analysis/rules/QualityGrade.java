package org.hazwatch.platform.analysis.rules;

/** The grade of a data-quality score 0..100 (SPEC §9): A ≥ 90, B ≥ 80, C ≥ 60, D below. */
public final class QualityGrade {

    public static final String[] GRADES = {"A", "B", "C", "D"};

    private QualityGrade() {
    }

    public static String of(double score) {
        return score >= 90 ? "A" : score >= 80 ? "B" : score >= 60 ? "C" : "D";
    }
}
