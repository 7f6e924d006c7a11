package org.hazwatch.platform.disposal.rules;

/** The cause a feedback names (原因类别). {@link #OTHER} needs a text saying what it was. */
public enum CauseCategory {
    EQUIPMENT_FAILURE("设备故障"),
    PROCESS_FLUCTUATION("工艺波动"),
    INSTRUMENT_FALSE_ALARM("仪表误报"),
    OPERATOR_ERROR("人员误操作"),
    MAINTENANCE_WORK("检维修作业"),
    START_UP_SHUT_DOWN("开停车"),
    EXTERNAL_FACTOR("外部因素"),
    OTHER("其他");

    private final String label;

    CauseCategory(String label) {
        this.label = label;
    }

    /** zh-CN. */
    public String label() {
        return label;
    }
}
