package org.hazwatch.platform.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.AlarmTallies.EnterpriseDayAlarms;
import org.hazwatch.platform.alarm.AlarmTallies.PointAlarms;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.warning.WarningSpans.WarningSpan;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * 研判 (trend analysis, SPEC §9): the warning level of each subordinate jurisdiction over the days, the alarms of the
 * enterprises that alarmed most and the points that alarmed most, against the previous period.
 */
final class TrendSection {

    private TrendSection() {
    }

    /** 4 red … 1 blue, 0 none: the highest level of a warning standing that day, as a chart draws it. */
    static int height(WarningLevel level) {
        return level == null ? 0 : WarningLevel.values().length - level.ordinal();
    }

    static Report.Section of(ReportContext c, ZoneId zone) {
        List<Jurisdiction> areas = c.children().isEmpty() ? List.of(c.node()) : c.children();
        List<String> days = c.now().period().eachDay().stream().map(ReportContext::dayLabel).toList();
        List<Report.Series> levels = new ArrayList<>();
        List<List<Object>> levelRows = new ArrayList<>();
        for (Jurisdiction area : areas) {
            int[] now = new int[5];
            int[] before = new int[5];
            List<Double> heights = highestPerDay(c.now(), area, zone, now);
            highestPerDay(c.before(), area, zone, before);
            levels.add(new Report.Series(area.name(), heights));
            levelRows.add(ReportContext.row(area.name(), now[4], now[3], now[2], now[1],
                    now[4] + now[3] + now[2] + now[1], before[4] + before[3] + before[2] + before[1]));
        }
        List<List<Object>> enterprises = topEnterprises(c);
        List<List<Object>> points = topPoints(c);
        String text = "研判：期内各辖区每日最高预警等级见下图（4 红、3 橙、2 黄、1 蓝、0 无）；报警最多的企业 %s，报警最多的点位 %s。"
                .formatted(enterprises.isEmpty() ? "无" : enterprises.get(0).get(1) + "（" + enterprises.get(0).get(2)
                        + " 次，上期 " + enterprises.get(0).get(3) + " 次）",
                        points.isEmpty() ? "无" : points.get(0).get(0) + "（" + points.get(0).get(2) + " 次，上期 "
                                + points.get(0).get(3) + " 次）");
        return new Report.Section("研判分析", List.of(text),
                List.of(new Report.Table("辖区预警等级天数", List.of("辖区", "红色天数", "橙色天数", "黄色天数", "蓝色天数",
                                "有预警天数", "上期有预警天数"), levelRows, List.of()),
                        new Report.Table("报警最多的企业", List.of("企业编码", "企业名称", "本期报警", "上期报警", "增减"),
                                enterprises, List.of()),
                        new Report.Table("报警最多的点位", List.of("点位编码", "企业名称", "本期报警", "上期报警", "增减"),
                                points, List.of())),
                List.of(new Report.Chart("各辖区每日最高预警等级", Report.Chart.Kind.LINE, days, levels),
                        new Report.Chart("报警最多的企业", Report.Chart.Kind.BAR,
                                enterprises.stream().map(r -> (String) r.get(1)).toList(),
                                List.of(new Report.Series("本期", enterprises.stream()
                                                .map(r -> ((Integer) r.get(2)).doubleValue()).toList()),
                                        new Report.Series("上期", enterprises.stream()
                                                .map(r -> ((Integer) r.get(3)).doubleValue()).toList())))));
    }

    /** Per day the height of the highest warning standing in the area; counts days per height into {@code tally}. */
    private static List<Double> highestPerDay(PeriodFacts f, Jurisdiction area, ZoneId zone, int[] tally) {
        List<WarningSpan> mine = f.warnings().stream().filter(w -> w.jurisdictionPath().startsWith(area.path()))
                .toList();
        List<Double> heights = new ArrayList<>();
        for (LocalDate day : f.period().eachDay()) {
            Instant s = day.atStartOfDay(zone).toInstant();
            Instant e = day.plusDays(1).atStartOfDay(zone).toInstant();
            WarningLevel top = null;
            for (WarningSpan w : mine) {
                if (PeriodFacts.stood(w, s, e) && w.peakLevel().above(top)) {
                    top = w.peakLevel();
                }
            }
            int h = height(top);
            tally[h]++;
            heights.add((double) h);
        }
        return heights;
    }

    private static Map<String, Integer> perEnterprise(PeriodFacts f) {
        Map<String, Integer> n = new HashMap<>();
        for (EnterpriseDayAlarms a : f.alarms()) {
            n.merge(a.enterpriseCode(), a.count(), Integer::sum);
        }
        return n;
    }

    private static List<List<Object>> topEnterprises(ReportContext c) {
        Map<String, Integer> now = perEnterprise(c.now());
        Map<String, Integer> before = perEnterprise(c.before());
        List<List<Object>> rows = new ArrayList<>();
        now.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(PeriodFactsReader.TOP)
                .forEach(e -> {
                    int b = before.getOrDefault(e.getKey(), 0);
                    rows.add(ReportContext.row(e.getKey(), c.enterpriseName(e.getKey()), e.getValue(), b,
                            e.getValue() - b));
                });
        return rows;
    }

    private static List<List<Object>> topPoints(ReportContext c) {
        Map<String, Integer> before = c.topPointsBefore();
        List<List<Object>> rows = new ArrayList<>();
        for (PointAlarms p : c.now().topPoints()) {
            int b = before.getOrDefault(p.pointCode(), 0);
            rows.add(ReportContext.row(p.pointCode(), c.enterpriseName(p.enterpriseCode()), p.count(), b,
                    p.count() - b));
        }
        return rows;
    }
}
