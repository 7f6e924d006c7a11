package org.hazwatch.platform.bulletin.rules;

/** The kinds of bulletin (SPEC §9): weekly (周报), monthly (月报), and ad hoc for any period (专报). */
public enum PeriodKind {
    WEEK("周报"),
    MONTH("月报"),
    CUSTOM("专报");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
