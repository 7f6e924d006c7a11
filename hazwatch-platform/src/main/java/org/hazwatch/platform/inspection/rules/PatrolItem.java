package org.hazwatch.platform.inspection.rules;

/** What a regulator checks of an enterprise on a patrol or spot check (SPEC §9), in the order the form shows them. */
public enum PatrolItem {
    DATA_ONLINE("监测数据在线"),
    VIDEO_ONLINE("视频在线"),
    DUTY_ROOM_ATTENDED("值班室有人值守"),
    COMMITMENT("安全承诺按时报送"),
    WARNINGS_HANDLED("预警处置到位"),
    ALARMS_ACKNOWLEDGED("报警及时确认"),
    CUSTODY("包保责任人履职"),
    FILINGS("报备规范");

    private final String label;

    PatrolItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
