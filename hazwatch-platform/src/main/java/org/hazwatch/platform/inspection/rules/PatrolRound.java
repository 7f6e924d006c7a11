package org.hazwatch.platform.inspection.rules;

/** The two daily patrol rounds of county and park regulators (SPEC §9: morning until 12:00, afternoon until 18:00). */
public enum PatrolRound {
    MORNING("上午巡查"),
    AFTERNOON("下午巡查");

    private final String label;

    PatrolRound(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
