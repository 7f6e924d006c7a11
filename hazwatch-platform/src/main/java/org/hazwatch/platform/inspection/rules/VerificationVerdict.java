package org.hazwatch.platform.inspection.rules;

/** A regulator's verification (核查) of an alarm or warning (SPEC §9). */
public enum VerificationVerdict {
    CONFIRMED("属实"),
    FALSE("误报"),
    DEVICE_FAULT("设备故障");

    private final String label;

    VerificationVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
