package org.hazwatch.platform.inspection.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Pre-fills the eight items of a patrol from the platform's own data (SPEC §9: ①②④⑤⑥⑦⑧; ③ the duty room is
 * seen on video only). The inspector confirms or changes each; the evidence says what the platform saw.
 */
public final class PatrolPrefill {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private PatrolPrefill() {
    }

    public static List<PrefilledItem> items(PatrolFacts f, Instant now, ZoneId zone) {
        List<PrefilledItem> items = new ArrayList<>();
        items.add(dataOnline(f, now, zone));
        items.add(f.videoKnown()
                ? new PrefilledItem(PatrolItem.VIDEO_ONLINE, PatrolResult.NOT_CHECKABLE, "请查看视频")
                : new PrefilledItem(PatrolItem.VIDEO_ONLINE, PatrolResult.NOT_CHECKABLE, "无视频数据"));
        items.add(new PrefilledItem(PatrolItem.DUTY_ROOM_ATTENDED, PatrolResult.NOT_CHECKABLE,
                "无视频数据，值班室值守需通过视频核查"));
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
