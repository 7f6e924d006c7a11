package org.hazwatch.platform.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hazwatch.platform.analysis.rules.Change;
import org.hazwatch.platform.org.Jurisdiction;

/**
 * The ranking of the subordinate jurisdictions (下级辖区排名): online rate, data quality, alarms, commitments, ranked
 * by online rate (then commitment rate), each with the previous period's online rate.
 */
final class RankingSection {

    private RankingSection() {
    }

    private record Rank(Jurisdiction node, int enterprises, Double online, Double onlineBefore, Double quality,
                        int alarms, int alarmsBefore, Double commitment) {
    }

    static Report.Section of(ReportContext c) {
        List<Rank> ranks = new ArrayList<>();
        for (Jurisdiction child : c.children()) {
            Set<String> codes = ReportContext.codesUnder(c.now(), child);
            Set<String> before = ReportContext.codesUnder(c.before(), child);
            ranks.add(new Rank(child, codes.size(), c.now().onlineRate(ReportContext.under(c.now(), child)),
                    c.before().onlineRate(ReportContext.under(c.before(), child)), c.now().qualityMean(codes),
                    c.now().alarms(codes, null), c.before().alarms(before, null), c.now().commitmentRate(codes)));
        }
        ranks.sort(Comparator.comparing((Rank r) -> r.online() == null ? -1 : r.online()).reversed()
                .thenComparing(r -> r.commitment() == null ? -1 : r.commitment(), Comparator.reverseOrder())
                .thenComparing(r -> r.node().code()));
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> online = new ArrayList<>();
        List<Double> commitment = new ArrayList<>();
        List<Double> quality = new ArrayList<>();
        int place = 0;
        for (Rank r : ranks) {
            place++;
            rows.add(ReportContext.row(place, r.node().name(), r.enterprises(), r.online(), r.onlineBefore(),
                    r.quality() == null ? null : DataSections.round(r.quality()), r.alarms(), r.alarmsBefore(),
                    r.commitment()));
            names.add(r.node().name());
            online.add(r.online() == null ? null : DataSections.round(r.online() * 100));
            commitment.add(r.commitment() == null ? null : DataSections.round(r.commitment() * 100));
            quality.add(r.quality() == null ? null : DataSections.round(r.quality()));
        }
        String text = ranks.isEmpty() ? "本辖区无下级辖区。"
                : "下级辖区 %d 个，按在线率排名：第一 %s（%s），末位 %s（%s）。".formatted(ranks.size(),
                ranks.get(0).node().name(), Change.percent(ranks.get(0).online()),
                ranks.get(ranks.size() - 1).node().name(), Change.percent(ranks.get(ranks.size() - 1).online()));
        return new Report.Section("下级辖区排名", List.of(text),
                List.of(new Report.Table("下级辖区排名", List.of("名次", "辖区", "企业数", "在线率", "上期在线率",
                        "数据质量得分", "报警数", "上期报警数", "按时承诺率"), rows, List.of(3, 4, 8))),
                ranks.isEmpty() ? List.of() : List.of(new Report.Chart("下级辖区排名", Report.Chart.Kind.BAR, names,
                        List.of(new Report.Series("在线率（%）", online), new Report.Series("按时承诺率（%）", commitment),
                                new Report.Series("数据质量得分", quality)))));
    }
}
