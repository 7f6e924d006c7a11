package org.hazwatch.platform.quality.rules;

/** Why a point lowers its enterprise's quality, worst first. */
public enum Reason {
    NEVER_CONNECTED("从未接入"), OFFLINE("离线"), LATE("上报延迟"), INVALID("数据无效"), FLATLINED("数据不变");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
