package org.hazwatch.platform.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.analysis.rules.Change;
import org.hazwatch.platform.warning.rules.WarningLevel;

/** The sections on alarms by priority (报警) and warnings by level (预警), each against the previous period. */
final class AlarmSections {

    private static final Priority[] HIGH_FIRST = {Priority.HIGH, Priority.MEDIUM, Priority.LOW};

    private AlarmSections() {
    }

    static String label(Priority p) {
        return switch (p) {
            case HIGH -> "高优先级";
            case MEDIUM -> "中优先级";
            case LOW -> "低优先级";
        };
    }

    static Report.Section alarms(ReportContext c) {
        PeriodFacts now = c.now();
        PeriodFacts before = c.before();
        Set<String> codes = ReportContext.codes(now);
        Set<String> codesBefore = ReportContext.codes(before);
        List<List<Object>> rows = new ArrayList<>();
        for (Priority p : HIGH_FIRST) {
            int n = now.alarms(codes, p);
            int b = before.alarms(codesBefore, p);
            rows.add(ReportContext.row(label(p), n, b, n - b));
        }
        int total = now.alarms(codes, null);
        int totalBefore = before.alarms(codesBefore, null);
        rows.add(ReportContext.row("合计", total, totalBefore, total - totalBefore));
        String text = "期内报警 %d 次（%s），其中高优先级 %d 次、中优先级 %d 次、低优先级 %d 次。"
                .formatted(total, Change.ofCount(total, totalBefore), now.alarms(codes, Priority.HIGH),
                        now.alarms(codes, Priority.MEDIUM), now.alarms(codes, Priority.LOW));
        List<String> days = new ArrayList<>();
        List<Double> perDay = new ArrayList<>();
        List<Double> perDayBefore = new ArrayList<>();
        List<LocalDate> previousDays = before.period().eachDay();
        List<LocalDate> eachDay = now.period().eachDay();
        for (int i = 0; i < eachDay.size(); i++) {
            days.add(ReportContext.dayLabel(eachDay.get(i)));
            perDay.add((double) now.alarmsOn(eachDay.get(i)));
            perDayBefore.add((double) before.alarmsOn(previousDays.get(i)));
        }
        return new Report.Section("报警情况", List.of(text),
                List.of(new Report.Table("报警按优先级", List.of("优先级", "本期", "上期", "增减"), rows, List.of())),
                List.of(new Report.Chart("每日报警数", Report.Chart.Kind.LINE, days,
                        List.of(new Report.Series("本期", perDay), new Report.Series("上期（同序日）", perDayBefore)))));
    }

    static Report.Section warnings(ReportContext c, ZoneId zone) {
        PeriodFacts now = c.now();
        PeriodFacts before = c.before();
        List<List<Object>> rows = new ArrayList<>();
        StringBuilder levels = new StringBuilder();
        for (WarningLevel level : WarningLevel.values()) {
            int n = now.raised(level).size();
            int b = before.raised(level).size();
            rows.add(ReportContext.row(level.colour() + "预警", n, b, n - b));
            levels.append(levels.isEmpty() ? "" : "、").append(level.colour()).append(' ').append(n).append(" 起");
        }
        int total = now.raised(null).size();
        int totalBefore = before.raised(null).size();
        rows.add(ReportContext.row("合计", total, totalBefore, total - totalBefore));
        String text = "期内发布风险预警 %d 起（%s），按最高等级：%s。".formatted(total,
                Change.ofCount(total, totalBefore), levels);
        List<String> days = new ArrayList<>();
        List<Report.Series> series = new ArrayList<>();
        List<LocalDate> eachDay = now.period().eachDay();
        eachDay.forEach(d -> days.add(ReportContext.dayLabel(d)));
        for (WarningLevel level : WarningLevel.values()) {
            List<Double> values = new ArrayList<>();
            for (LocalDate d : eachDay) {
                Instant s = d.atStartOfDay(zone).toInstant();
                Instant e = d.plusDays(1).atStartOfDay(zone).toInstant();
                values.add((double) now.warnings().stream().filter(w -> w.peakLevel() == level
                        && PeriodFacts.stood(w, s, e)).count());
            }
            series.add(new Report.Series(level.colour(), values));
        }
        return new Report.Section("风险预警", List.of(text),
                List.of(new Report.Table("预警按等级", List.of("等级", "本期", "上期", "增减"), rows, List.of())),
                List.of(new Report.Chart("每日在列预警（按等级）", Report.Chart.Kind.BAR, days, series)));
    }
}
