package org.hazwatch.platform.filing.rules;

/** Why points go out of service (报备类型, SPEC §8). */
public enum FilingType {
    /** 停产 (planned shutdown). */
    SHUTDOWN,
    /** 检维修. */
    MAINTENANCE,
    /** 设备故障. */
    EQUIPMENT_FAILURE,
    /** 网络中断. */
    NETWORK_OUTAGE
}
