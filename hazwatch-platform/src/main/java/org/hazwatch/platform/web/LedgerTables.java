package org.hazwatch.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hazwatch.platform.inspection.EnforcementFlagView;
import org.hazwatch.platform.inspection.LedgerView;
import org.hazwatch.platform.inspection.OutsideBulletinView;
import org.hazwatch.platform.inspection.PenaltyView;
import org.hazwatch.platform.inspection.RectificationView;

/**
 * The rectification ledger (整改台账) as tables of text: one source for the page and the Excel export, so the
 * workbook holds exactly the rows the page shows for the same filter. Times in the platform's zone.
 */
final class LedgerTables {

    /** A row: the id it links to (the order, the bulletin), its cells, a tone for the page (overdue, closed). */
    record Row(String id, List<String> cells, String tone) {
    }

    /** A table of the ledger: {@code key} names it in the page ({@code ledger-orders}) and the sheet by title. */
    record Table(String key, String title, List<String> headers, List<Row> rows) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LedgerTables() {
    }

    static List<Table> of(LedgerView ledger, ZoneId zone) {
        DateTimeFormatter time = TIME.withZone(zone);
        return List.of(
                new Table("orders", "整改通知", List.of("编号", "企业", "企业编码", "巡查事项", "问题", "下达时间",
                        "整改期限", "状态", "逾期", "下达人", "闭环时间"),
                        ledger.orders().stream().map(o -> order(o, time)).toList()),
                new Table("flags", "执法检查标记", List.of("企业", "企业编码", "巡查事项", "发现次数", "统计起始",
                        "标记时间"),
                        ledger.flags().stream().map(f -> flag(f, time)).toList()),
                new Table("penalties", "行政处罚", List.of("企业", "企业编码", "决定书文号", "决定日期", "罚款（元）",
                        "处罚依据", "备注", "录入人"),
                        ledger.penalties().stream().map(LedgerTables::penalty).toList()),
                new Table("bulletins", "外部通报", List.of("企业", "企业编码", "通报来源", "通报日期", "标题", "附件",
                        "录入人"),
                        ledger.bulletins().stream().map(LedgerTables::bulletin).toList()));
    }

    private static Row order(RectificationView o, DateTimeFormatter time) {
        String tone = o.overdue() ? "overdue" : o.state().name().toLowerCase();
        return new Row(o.id().toString(), List.of(String.valueOf(o.number()), o.enterpriseName(), o.enterpriseCode(),
                o.item().label(), o.problem(), at(o.issuedAt(), time), at(o.deadline(), time), o.state().label(),
                o.overdue() ? (o.escalatedAt() != null ? "逾期（已升级）" : "逾期") : "否", o.issuedBy(),
                at(o.closedAt(), time)), tone);
    }

    private static Row flag(EnforcementFlagView f, DateTimeFormatter time) {
        return new Row(f.enterpriseCode(), List.of(f.enterpriseName(), f.enterpriseCode(), f.item().label(),
                String.valueOf(f.findings()), at(f.windowFrom(), time), at(f.flaggedAt(), time)), "flag");
    }

    private static Row penalty(PenaltyView p) {
        return new Row(p.id().toString(), List.of(p.enterpriseName(), p.enterpriseCode(), p.decisionNumber(),
                p.decidedOn().toString(), p.amount().toPlainString(), p.basis(), p.note() == null ? "" : p.note(),
                p.recordedBy()), "");
    }

    private static Row bulletin(OutsideBulletinView b) {
        return new Row(b.id().toString(), List.of(b.enterpriseName(), b.enterpriseCode(), b.source(),
                b.publishedOn().toString(), b.title(), b.attachment() == null ? "" : b.attachment().name(),
                b.recordedBy()), b.attachment() == null ? "" : "document");
    }

    private static String at(Instant instant, DateTimeFormatter time) {
        return instant == null ? "" : time.format(instant);
    }
}
