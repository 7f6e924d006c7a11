package org.hazwatch.platform.analysis;

import static org.hazwatch.platform.analysis.rules.Change.percent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hazwatch.platform.analysis.rules.Change;
import org.hazwatch.platform.analysis.rules.QualityGrade;
import org.hazwatch.platform.registry.EnterprisePoints;

/** The sections on data: online rate (联网在线) and data quality (数据质量), each against the previous period. */
final class DataSections {

    /** Rows of an enterprise table in a bulletin: the worst, not the whole city. */
    static final int WORST = 20;

    private DataSections() {
    }

    static Report.Section online(ReportContext c) {
        PeriodFacts now = c.now();
        PeriodFacts before = c.before();
        Double rate = now.onlineRate(now.enterprises());
        long offline = offlineCount(now, c.naming().offlineHours());
        long offlineBefore = offlineCount(before, c.naming().offlineHours());
        String text = "期内联网在线率 %s（%s）。无故离线（扣除整体报备时段）累计超过 %d 小时的企业 %d 家（%s）。"
                .formatted(percent(rate), Change.ofRate(rate, before.onlineRate(before.enterprises())),
                        c.naming().offlineHours(), offline, Change.ofCount(offline, offlineBefore));
        List<EnterprisePoints> connected = now.enterprises().stream().filter(e -> !e.pointCodes().isEmpty())
                .sorted(Comparator.comparingInt((EnterprisePoints e) -> now.online(e.code())).thenComparing(
                        EnterprisePoints::code))
                .limit(WORST).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (EnterprisePoints e : connected) {
            rows.add(ReportContext.row(e.code(), e.name(), rateOf(now, e), now.unexplainedOffline(e.code())));
        }
        return new Report.Section("联网在线", List.of(text),
                List.of(new Report.Table("在线率最低的企业", List.of("企业编码", "企业名称", "在线率", "无故离线小时"), rows,
                        List.of(2))),
                List.of());
    }

    private static Double rateOf(PeriodFacts f, EnterprisePoints e) {
        return Change.rate(Math.min(f.expectedHours(), f.online(e.code())), f.expectedHours());
    }

    private static long offlineCount(PeriodFacts f, int hours) {
        return f.enterprises().stream().filter(e -> !e.pointCodes().isEmpty())
                .filter(e -> f.unexplainedOffline(e.code()) > hours).count();
    }

    static Report.Section quality(ReportContext c) {
        PeriodFacts now = c.now();
        PeriodFacts before = c.before();
        Set<String> codes = ReportContext.codes(now);
        Double mean = now.qualityMean(codes);
        Double meanBefore = before.qualityMean(ReportContext.codes(before));
        int[] grades = grades(now, codes);
        int[] gradesBefore = grades(before, ReportContext.codes(before));
        long unscored = codes.stream().filter(code -> !now.quality().containsKey(code)).count();
        String text = mean == null
                ? "期内尚无数据质量评分（评分未计算的企业显示“—”）。"
                : "期内数据质量平均得分 %s 分，等级 %s（%s）。A 级 %d 家、B 级 %d 家、C 级 %d 家、D 级 %d 家（上期依次 %d、%d、%d、%d）；未评分 %d 家。"
                .formatted(Change.one(mean), QualityGrade.of(mean), Change.ofScore(mean, meanBefore), grades[0],
                        grades[1], grades[2], grades[3], gradesBefore[0], gradesBefore[1], gradesBefore[2],
                        gradesBefore[3], unscored);
        List<EnterprisePoints> worst = now.enterprises().stream()
                .sorted(Comparator.comparing((EnterprisePoints e) -> now.quality().getOrDefault(e.code(),
                        Double.MAX_VALUE)).thenComparing(EnterprisePoints::code))
                .limit(WORST).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (EnterprisePoints e : worst) {
            Double score = now.quality().get(e.code());
            Double prev = before.quality().get(e.code());
            rows.add(ReportContext.row(e.code(), e.name(), score == null ? null : round(score),
                    score == null ? null : QualityGrade.of(score), prev == null ? null : round(prev)));
        }
        List<Double> values = new ArrayList<>();
        for (int g : grades) {
            values.add((double) g);
        }
        return new Report.Section("数据质量", List.of(text),
                List.of(new Report.Table("数据质量得分最低的企业", List.of("企业编码", "企业名称", "得分", "等级", "上期得分"),
                        rows, List.of())),
                List.of(new Report.Chart("数据质量等级分布", Report.Chart.Kind.PIE, List.of(QualityGrade.GRADES),
                        List.of(new Report.Series("企业数", values)))));
    }

    static int[] grades(PeriodFacts f, Set<String> codes) {
        int[] g = new int[4];
        for (String code : codes) {
            Double score = f.quality().get(code);
            if (score != null) {
                g["ABCD".indexOf(QualityGrade.of(score))]++;
            }
        }
        return g;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
