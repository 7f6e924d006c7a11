package org.hazwatch.platform.analysis.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * When a bulletin names an enterprise (通报点名, SPEC §9): no commitment on {@code missingCommitmentDays} days or
 * more in the period, offline without a filing more than {@code offlineHours} hours in total, a warning handled late
 * (at least {@code lateWarnings}), a rectification order overdue (at least {@code overdueRectifications}).
 */
public record NamingRule(int missingCommitmentDays, int offlineHours, int lateWarnings, int overdueRectifications) {

    public static final NamingRule SPEC_DEFAULTS = new NamingRule(3, 24, 1, 1);

    public NamingRule {
        if (missingCommitmentDays < 1 || offlineHours < 0 || lateWarnings < 1 || overdueRectifications < 1) {
            throw new IllegalArgumentException("点名阈值须为正数（离线小时数可为 0）");
        }
    }

    /** What one enterprise did in the period that naming looks at. */
    public record Conduct(int daysWithoutCommitment, long unexplainedOfflineHours, int lateWarnings,
                          int overdueRectifications) {
    }

    /** The reasons to name the enterprise, in a bulletin's words; empty when it is not named. */
    public List<String> reasons(Conduct c) {
        List<String> reasons = new ArrayList<>();
        if (c.daysWithoutCommitment() >= missingCommitmentDays) {
            reasons.add("未作安全承诺 " + c.daysWithoutCommitment() + " 天");
        }
        if (c.unexplainedOfflineHours() > offlineHours) {
            reasons.add("无故离线累计 " + c.unexplainedOfflineHours() + " 小时");
        }
        if (c.lateWarnings() >= lateWarnings) {
            reasons.add("预警处置超时 " + c.lateWarnings() + " 起");
        }
        if (c.overdueRectifications() >= overdueRectifications) {
            reasons.add("整改逾期 " + c.overdueRectifications() + " 项");
        }
        return reasons;
    }
}
