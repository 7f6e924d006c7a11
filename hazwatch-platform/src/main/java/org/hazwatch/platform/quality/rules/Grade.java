package org.hazwatch.platform.quality.rules;

/** The grade of a score (SPEC §9): A ≥ 90, B ≥ 80, C ≥ 60, D below. */
public enum Grade {
    A("优"), B("良"), C("中"), D("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Grade of(double score) {
        if (score >= 90) {
            return A;
        }
        if (score >= 80) {
            return B;
        }
        return score >= 60 ? C : D;
    }
}
