package org.hazwatch.platform.notify.rules;

/** What a notification is about; one per event the platform notifies on. */
public enum NoticeKind {
    WARNING_RAISED("预警产生"),
    WARNING_UPGRADED("预警升级"),
    WARNING_DOWNGRADED("预警降级"),
    WARNING_LIFTED("预警解除"),
    WARNING_REPEAT("预警未签收提醒"),
    DISPOSAL_ESCALATED("处置逾期升级"),
    FOLLOW_UP_ORDERED("督办"),
    ALARM("报警"),
    COMMITMENT_MISSED("未按时承诺"),
    COMMITMENT_LATE("承诺迟报"),
    CUSTODY_OVERDUE("包保履职逾期"),
    FILING_SUBMITTED("企业报备"),
    // patrol (issue 12): a county's or park's patrol round not completed by its deadline, to the next level up
    PATROL_ROUND_MISSED("巡查轮次未完成"),
    // part rectify: an overdue rectification order, once, to the enterprise and the level above the issuer
    RECTIFICATION_OVERDUE("整改逾期"),
    // bulletin (issue 13): a bulletin to the regulators beneath its issuer, and to a named enterprise its paragraph
    BULLETIN_ISSUED("信息通报"),
    BULLETIN_NAMED("通报点名");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    /** zh-CN name of the kind. */
    public String label() {
        return label;
    }

    /** Notifications of the kind that arrive for one enterprise within the group window become one message. */
    public boolean grouped() {
        return this == ALARM;
    }
}
