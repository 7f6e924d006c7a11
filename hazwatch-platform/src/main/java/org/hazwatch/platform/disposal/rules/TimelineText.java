package org.hazwatch.platform.disposal.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hazwatch.platform.warning.rules.WarningLevel;

/** The zh-CN sentences of a warning's timeline (处置时间线), times in the zone they are asked for. */
public final class TimelineText {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimelineText() {
    }

    public static String minute(Instant at, ZoneId zone) {
        return MINUTE.format(at.atZone(zone));
    }

    public static String raised(WarningLevel level, List<String> factors) {
        return "预警产生（" + level.colour() + "）" + (factors.isEmpty() ? "" : "：" + String.join("；", factors));
    }

    public static String levelChanged(WarningLevel from, WarningLevel to, List<String> factors) {
        return "预警" + (to.above(from) ? "升级" : "降级") + "：" + from.colour() + "→" + to.colour()
                + (factors.isEmpty() ? "" : "：" + String.join("；", factors));
    }

    /** What an upgrade did to the handling: a reopened case, or the open step's deadline tightened. */
    public static String tightened(HandlingCase before, HandlingCase after, ZoneId zone) {
        if (before.state() == CaseState.CLOSED && after.state() != CaseState.CLOSED) {
            return "预警升级为" + after.level().colour() + "，处置重新开始，签收时限 " + minute(after.deadline(), zone);
        }
        return after.state().openStep().label() + "时限收紧至 " + minute(after.deadline(), zone);
    }

    /** The warning was lifted while its case stood as {@code before}. */
    public static String lifted(HandlingCase before) {
        if (before.autoClosesOnLift()) {
            return "预警解除；未签收的蓝色预警自动闭环（自动解除）";
        }
        return before.state() == CaseState.CLOSED ? "预警解除" : "预警解除；处置继续至闭环";
    }

    public static String signedFor(String who, Duration late) {
        return who + " 签收" + lateness(late);
    }

    public static String feedback(String who, CauseCategory cause, String measures, String text, int photos,
                                  Duration late) {
        return who + " 反馈处置情况" + lateness(late) + "：原因类别 " + cause.label() + "；采取措施：" + measures
                + (text == null || text.isBlank() ? "" : "；说明：" + text)
                + (photos > 0 ? "（照片 " + photos + " 张）" : "");
    }

    public static String verified(String who, boolean passed, String comment) {
        return who + (passed ? " 核查通过" : " 核查不通过，退回重新处置")
                + (comment == null || comment.isBlank() ? "" : "：" + comment);
    }

    public static String closed() {
        return "处置闭环";
    }

    public static String escalated(Escalation e) {
        return e.step().label() + "超时，已升级至" + e.recipient().label();
    }

    public static String followUp(String who, String instruction, Instant deadline, ZoneId zone) {
        return who + " 督办：" + instruction + "（限 " + minute(deadline, zone) + " 前反馈）";
    }

    private static String lateness(Duration late) {
        if (late.isZero()) {
            return "";
        }
        long minutes = Math.max(1, late.toMinutes());
        return minutes < 120 ? "（超时 " + minutes + " 分钟）" : "（超时 " + minutes / 60 + " 小时 " + minutes % 60 + " 分钟）";
    }
}
