package org.hazwatch.platform.notify.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * The zh-CN texts of notifications (通知模板): a subject, a markdown body for e-mail and robots, and a compact
 * short message that names the enterprise, the hazard source, the level, the leading factors and the deadline.
 * Times are shown in the zone it is made with (the platform's, {@code hazwatch.zone}).
 */
public final class MessageTexts {

    private static final String SIGNATURE = "【危化预警】";

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter clockTime;

    public MessageTexts(ZoneId zone) {
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.dayTime = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(zone);
        this.clockTime = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
    }

    public Message of(Notice n) {
        return switch (n.kind()) {
            case WARNING_RAISED -> warning(n, "", "请于%s前签收处置。");
            case WARNING_UPGRADED -> warning(n, "由" + colour(n.previousLevel()) + "升级为", "请于%s前签收处置。");
            case WARNING_REPEAT -> warning(n, "尚未签收：", "请立即签收（时限%s）。");
            case WARNING_DOWNGRADED -> warning(n, "由" + colour(n.previousLevel()) + "降为", "");
            case WARNING_LIFTED -> simple(n, colour(n.level()) + "预警已解除",
                    "预警因子已消除，预警解除；处置流程继续至闭环。");
            case DISPOSAL_ESCALATED -> simple(n, colour(n.level()) + "预警处置逾期",
                    n.note() + "逾期（时限" + time(n.deadline()) + "），已逐级上报，请督促处置。");
            case FOLLOW_UP_ORDERED -> simple(n, colour(n.level()) + "预警督办",
                    "督办要求：" + n.note() + "，请于" + time(n.deadline()) + "前处置反馈。");
            case COMMITMENT_MISSED -> simple(n, "未按时承诺",
                    "截至" + time(n.deadline()) + "未提交当日安全风险研判与承诺，请尽快提交。");
            case COMMITMENT_LATE -> simple(n, "承诺迟报",
                    "当日承诺迟于截止时间" + time(n.deadline()) + "提交。");
            case CUSTODY_OVERDUE -> simple(n, "包保履职逾期", n.note() + "的包保履职检查已逾期"
                    + (n.deadline() == null || n.deadline().equals(Instant.EPOCH) ? "（从未检查）"
                    : "（应于" + time(n.deadline()) + "前）") + "，请尽快履职。");
            case FILING_SUBMITTED -> simple(n, "企业报备", "提交" + n.note() + "报备"
                    + (n.deadline() == null ? "" : "，至" + time(n.deadline())) + "，请审阅。");
            case PATROL_ROUND_MISSED -> roundMissed(n);
            case RECTIFICATION_OVERDUE -> simple(n, "整改逾期", "整改通知（" + n.note() + "）已超过整改期限"
                    + time(n.deadline()) + "仍未闭环，已升级上报，请尽快整改并回复。");
            case ALARM -> alarms(n.enterpriseName(), Duration.ZERO, List.of(n.note()), n.at());
            case BULLETIN_ISSUED -> bulletin(n);
            case BULLETIN_NAMED -> simple(n, "通报点名", n.note());
        };
    }

    /** Several alarms of one enterprise within the group window, as one message: 某化工 2 分钟内 5 条报警：…. */
    public Message alarms(String enterpriseName, Duration window, List<String> items, Instant first) {
        String count = items.size() == 1 ? "报警" : (window.toMinutes() > 0 ? window.toMinutes() + " 分钟内 " : "")
                + items.size() + " 条报警";
        String subject = enterpriseName + " " + count;
        StringBuilder text = new StringBuilder("### ").append(subject).append("\n\n");
        items.forEach(i -> text.append("- ").append(i).append('\n'));
        text.append("\n首条时间：").append(dateTime.format(first)).append("。请值班人员立即确认处置。");
        String sms = SIGNATURE + subject + "：" + String.join("；", items.subList(0, Math.min(3, items.size())))
                + (items.size() > 3 ? "等" : "") + "。请立即确认处置。";
        return new Message(subject, text.toString(), sms);
    }

    private Message warning(Notice n, String change, String ask) {
        String title = n.where() + " " + change + colour(n.level()) + "预警";
        String subject = "【" + colour(n.level()) + "预警】" + n.where();
        StringBuilder text = new StringBuilder("### ").append(title).append("（").append(n.level().grade())
                .append("）\n\n- 企业：").append(n.enterpriseName()).append("（").append(n.enterpriseCode())
                .append("）\n");
        if (n.hazardSourceName() != null) {
            text.append("- 重大危险源：").append(n.hazardSourceName()).append('\n');
        }
        text.append("- 时间：").append(dateTime.format(n.at())).append('\n');
        if (!n.factors().isEmpty()) {
            text.append("- 预警因子：\n");
            n.factors().forEach(f -> text.append("  - ").append(f).append('\n'));
        }
        String askText = ask.isEmpty() ? "" : ask.formatted(time(n.deadline()));
        if (!askText.isEmpty()) {
            text.append("\n").append(askText);
        }
        String factors = n.factors().isEmpty() ? "" : "：" + String.join("、", n.factors().stream()
                .limit(2).map(f -> f.split("：", 2)[0]).toList()) + (n.factors().size() > 2 ? "等" : "");
        String sms = SIGNATURE + title + factors + "。" + (ask.isEmpty() ? "" : ask.formatted(shortTime(n.deadline())));
        return new Message(subject, text.toString(), sms);
    }

    /** patrol (issue 12): the note names the county or park and the round; the notice's "enterprise" is the node. */
    private Message roundMissed(Notice n) {
        String sentence = n.note() + "截至" + time(n.deadline()) + "未完成，请督促。";
        String subject = "【巡查轮次未完成】" + n.note();
        String text = "### 巡查轮次未完成\n\n- 辖区代码：" + n.enterpriseCode() + "\n- 时间：" + dateTime.format(n.at())
                + "\n\n" + sentence;
        return new Message(subject, text, SIGNATURE + sentence);
    }

    /**
     * bulletin (issue 13): the note is the bulletin's number and title on the first line, its link on the second;
     * the notice's "enterprise" is the node it is sent to.
     */
    private Message bulletin(Notice n) {
        String[] lines = n.note().split("\n", 2);
        String link = lines.length > 1 ? lines[1] : "";
        String subject = "【信息通报】" + lines[0];
        String text = "### " + lines[0] + "\n\n- 印发时间：" + dateTime.format(n.at()) + "\n- 下载：[" + link + "]("
                + link + ")\n\n请查阅附件（PDF）并抓好落实。";
        return new Message(subject, text, SIGNATURE + lines[0] + "已印发，请登录平台查阅。");
    }

    private Message simple(Notice n, String what, String sentence) {
        String subject = "【" + what + "】" + n.where();
        String text = "### " + what + "\n\n- 企业：" + n.enterpriseName() + "（" + n.enterpriseCode() + "）\n"
                + (n.hazardSourceName() == null ? "" : "- 重大危险源：" + n.hazardSourceName() + "\n")
                + "- 时间：" + dateTime.format(n.at()) + "\n\n" + sentence;
        String sms = SIGNATURE + n.where() + " " + what + "：" + sentence;
        return new Message(subject, text, sms);
    }

    /** One line of an alarm group: time (HH:mm), point, severity in words, "（补传）" for a late reading. */
    public String alarmItem(Instant at, String point, Severity severity, boolean late) {
        return clockTime.format(at) + " " + point + " " + severity.label()
                + (late ? "（补传）" : "");
    }

    private static String colour(WarningLevel level) {
        return level == null ? "" : level.colour();
    }

    private String time(Instant at) {
        return at == null ? "—" : dateTime.format(at);
    }

    private String shortTime(Instant at) {
        return at == null ? "—" : dayTime.format(at);
    }
}
