package org.hazwatch.platform.filing.rules;

/** Why points go out of service (报备类型, SPEC §8). */
public enum FilingType {
    /** Planned shutdown. */
    SHUTDOWN("停产"),
    MAINTENANCE("检维修"),
    EQUIPMENT_FAILURE("设备故障"),
    NETWORK_OUTAGE("网络中断");

    private final String label;

    FilingType(String label) {
        this.label = label;
    }

    /** The type's zh-CN name, as the pages and the notifications show it. */
    public String label() {
        return label;
    }
}
