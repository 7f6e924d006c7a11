package org.hazwatch.platform.inspection.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Pre-fills the eight items of a patrol from the platform's own data (SPEC §9: ①–⑧; ② and ③ from the cameras'
 * state and the AI terminal's duty-room reports). The inspector confirms or changes each; the evidence says what the platform saw.
 */
public final class PatrolPrefill {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private PatrolPrefill() {
    }

    public static List<PrefilledItem> items(PatrolFacts f, Instant now, ZoneId zone) {
        List<PrefilledItem> items = new ArrayList<>();
        items.add(dataOnline(f, now, zone));
        items.add(videoOnline(f.video(), now, zone));
        items.add(dutyRoom(f.video(), now, zone));
        items.add(commitment(f));
        items.add(warnings(f, now, zone));
        items.add(alarms(f, now, zone));
        items.add(custody(f));
        items.add(filings(f));
        return items;
    }

    static PrefilledItem dataOnline(PatrolFacts f, Instant now, ZoneId zone) {
        if (f.online()) {
            return new PrefilledItem(PatrolItem.DATA_ONLINE, PatrolResult.NORMAL,
                    "在线" + (f.lastHeard() == null ? "" : "，最后数据 " + when(f.lastHeard(), now, zone)));
        }
        String offline = f.lastHeard() == null ? "离线（未收到过数据）" : "离线自 " + when(f.lastHeard(), now, zone);
        if (!f.offlineFilings().isEmpty()) {
            return new PrefilledItem(PatrolItem.DATA_ONLINE, PatrolResult.NORMAL,
                    offline + "，已报备：" + String.join("；", f.offlineFilings()));
        }
        // a filing of some points or cameras does not excuse the whole enterprise falling silent
        return f.filingsInForce().isEmpty()
                ? new PrefilledItem(PatrolItem.DATA_ONLINE, PatrolResult.ABNORMAL, offline + "，无报备")
                : new PrefilledItem(PatrolItem.DATA_ONLINE, PatrolResult.ABNORMAL,
                        offline + "，报备未覆盖全企业（" + String.join("；", f.filingsInForce()) + "）");
    }

    /**
     * ②: NORMAL when every camera is online, or the offline ones are all filed (named); ABNORMAL naming the offline
     * cameras not filed ("东门（C01）离线自 09:12"); NOT_CHECKABLE without cameras.
     */
    static PrefilledItem videoOnline(VideoFacts v, Instant now, ZoneId zone) {
        if (v.cameras().isEmpty()) {
            return new PrefilledItem(PatrolItem.VIDEO_ONLINE, PatrolResult.NOT_CHECKABLE, "无视频数据");
        }
        List<String> unexcused = new ArrayList<>();
        List<String> filed = new ArrayList<>();
        for (VideoFacts.Camera c : v.cameras()) {
            if (c.online()) {
                continue;
            }
            String which = c.name() + "（" + c.code() + "）" + (c.lastSeen() == null ? "从未上报"
                    : "离线自 " + when(c.lastSeen(), now, zone));
            (c.filed() ? filed : unexcused).add(which);
        }
        int online = v.cameras().size() - unexcused.size() - filed.size();
        String count = "摄像头 " + online + "/" + v.cameras().size() + " 在线";
        if (!unexcused.isEmpty()) {
            return new PrefilledItem(PatrolItem.VIDEO_ONLINE, PatrolResult.ABNORMAL,
                    count + "，未报备离线：" + String.join("；", unexcused)
                            + (filed.isEmpty() ? "" : "；已报备：" + String.join("；", filed)));
        }
        return new PrefilledItem(PatrolItem.VIDEO_ONLINE, PatrolResult.NORMAL,
                filed.isEmpty() ? count : count + "，离线均已报备：" + String.join("；", filed));
    }

    /**
     * ③: ABNORMAL when the duty room was unattended longer than {@link VideoFacts#DUTY_FINDING} today, with the
     * times; NORMAL otherwise (shorter absences named); NOT_CHECKABLE without cameras.
     */
    static PrefilledItem dutyRoom(VideoFacts v, Instant now, ZoneId zone) {
        if (v.cameras().isEmpty()) {
            return new PrefilledItem(PatrolItem.DUTY_ROOM_ATTENDED, PatrolResult.NOT_CHECKABLE,
                    "无视频数据，值班室值守需通过视频核查");
        }
        List<VideoFacts.DutyAbsence> sorted = v.dutyAbsences().stream()
                .sorted(java.util.Comparator.comparing(VideoFacts.DutyAbsence::from)).toList();
        List<String> findings = sorted.stream().filter(VideoFacts.DutyAbsence::finding)
                .map(a -> absence(a, now, zone)).toList();
        if (!findings.isEmpty()) {
            return new PrefilledItem(PatrolItem.DUTY_ROOM_ATTENDED, PatrolResult.ABNORMAL,
                    "今日值班室脱岗超过 " + VideoFacts.DUTY_FINDING.toMinutes() + " 分钟：" + String.join("；", findings));
        }
        return sorted.isEmpty()
                ? new PrefilledItem(PatrolItem.DUTY_ROOM_ATTENDED, PatrolResult.NORMAL, "今日未发现值班室脱岗")
                : new PrefilledItem(PatrolItem.DUTY_ROOM_ATTENDED, PatrolResult.NORMAL,
                        "今日短时脱岗（未超过 " + VideoFacts.DUTY_FINDING.toMinutes() + " 分钟）：" + String.join("；",
                                sorted.stream().map(a -> absence(a, now, zone)).toList()));
    }

    private static String absence(VideoFacts.DutyAbsence a, Instant now, ZoneId zone) {
        long minutes = java.time.Duration.between(a.from(), a.until()).toMinutes();
        return when(a.from(), now, zone) + "–" + when(a.until(), now, zone) + "（" + minutes + " 分钟，" + a.camera() + "）";
    }

    static PrefilledItem commitment(PatrolFacts f) {
        if (f.commitment() == null) {
            return new PrefilledItem(PatrolItem.COMMITMENT, PatrolResult.NOT_CHECKABLE, "无承诺数据");
        }
        return switch (f.commitment()) {
            case ON_TIME -> new PrefilledItem(PatrolItem.COMMITMENT, PatrolResult.NORMAL, "今日承诺已按时报送");
            case LATE -> new PrefilledItem(PatrolItem.COMMITMENT, PatrolResult.ABNORMAL, "今日承诺迟报");
            case MISSING -> new PrefilledItem(PatrolItem.COMMITMENT, PatrolResult.ABNORMAL, "已过截止时间，今日未承诺");
            case PENDING -> new PrefilledItem(PatrolItem.COMMITMENT, PatrolResult.NOT_CHECKABLE,
                    "未到截止时间，今日尚未承诺");
        };
    }

    /**
     * ⑤: ABNORMAL when a warning in hand is not signed for or the enterprise's step of it is overdue, each named
     * ("预警 橙色 自 10:05 未签收"); NORMAL when all are signed for and in time, or there are none ("无在办预警").
     */
    static PrefilledItem warnings(PatrolFacts f, Instant now, ZoneId zone) {
        if (f.warnings().isEmpty()) {
            return new PrefilledItem(PatrolItem.WARNINGS_HANDLED, PatrolResult.NORMAL, "无在办预警");
        }
        List<String> failing = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        for (WarningInHand w : f.warnings().stream().sorted(java.util.Comparator.comparing(WarningInHand::raisedAt))
                .toList()) {
            String which = "预警 " + w.colour() + " 自 " + when(w.raisedAt(), now, zone);
            if (!w.signedFor()) {
                failing.add(which + " 未签收" + (w.overdue() ? "（已超签收期限）" : ""));
            } else if (w.abnormal()) {
                failing.add(which + " 处置逾期（" + w.stateLabel() + "）");
            } else {
                fine.add(which + " " + w.stateLabel());
            }
        }
        if (!failing.isEmpty()) {
            return new PrefilledItem(PatrolItem.WARNINGS_HANDLED, PatrolResult.ABNORMAL, String.join("；", failing));
        }
        return new PrefilledItem(PatrolItem.WARNINGS_HANDLED, PatrolResult.NORMAL,
                "在办预警 " + fine.size() + " 条，均已签收、未逾期：" + String.join("；", fine));
    }

    static PrefilledItem alarms(PatrolFacts f, Instant now, ZoneId zone) {
        if (f.alarmsUnacknowledged() > 0) {
            return new PrefilledItem(PatrolItem.ALARMS_ACKNOWLEDGED, PatrolResult.ABNORMAL,
                    "未确认报警 " + f.alarmsUnacknowledged() + " 条" + (f.oldestUnacknowledged() == null ? ""
                            : "，最早 " + when(f.oldestUnacknowledged(), now, zone)));
        }
        return new PrefilledItem(PatrolItem.ALARMS_ACKNOWLEDGED, PatrolResult.NORMAL,
                f.alarmsActive() == 0 ? "无在报警" : "在报警 " + f.alarmsActive() + " 条，均已确认");
    }

    static PrefilledItem custody(PatrolFacts f) {
        if (f.custodyDuties() == 0) {
            return new PrefilledItem(PatrolItem.CUSTODY, PatrolResult.NOT_CHECKABLE, "未登记包保责任人");
        }
        return f.custodyOverdue().isEmpty()
                ? new PrefilledItem(PatrolItem.CUSTODY, PatrolResult.NORMAL,
                        "包保履职 " + f.custodyDuties() + " 项均在期内")
                : new PrefilledItem(PatrolItem.CUSTODY, PatrolResult.ABNORMAL,
                        "包保履职逾期 " + f.custodyOverdue().size() + " 项：" + String.join("、", f.custodyOverdue()));
    }

    static PrefilledItem filings(PatrolFacts f) {
        if (f.filingsQueried() > 0) {
            return new PrefilledItem(PatrolItem.FILINGS, PatrolResult.ABNORMAL,
                    "生效报备中 " + f.filingsQueried() + " 条被质询");
        }
        return f.filingsInForce().isEmpty()
                ? new PrefilledItem(PatrolItem.FILINGS, PatrolResult.NORMAL, "无生效报备")
                : new PrefilledItem(PatrolItem.FILINGS, PatrolResult.NORMAL,
                        "生效报备 " + f.filingsInForce().size() + " 条：" + String.join("；", f.filingsInForce()));
    }

    private static String when(Instant at, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return at.atZone(zone).toLocalDate().equals(today) ? TIME.format(at.atZone(zone))
                : DAY_TIME.format(at.atZone(zone));
    }
}
