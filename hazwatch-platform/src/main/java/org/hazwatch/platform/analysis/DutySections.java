package org.hazwatch.platform.analysis;

import static org.hazwatch.platform.analysis.rules.Change.percent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.hazwatch.platform.analysis.rules.Change;
import org.hazwatch.platform.commitment.CommitmentTallies.EnterpriseCommitments;
import org.hazwatch.platform.disposal.HandlingTallies.EnterpriseHandling;
import org.hazwatch.platform.inspection.RectificationTallies.EnterpriseRectifications;

/**
 * The sections on duties: handling timeliness (处置及时性), daily commitments (安全承诺), patrol compliance (巡查) and
 * findings and rectifications (整改), each against the previous period.
 */
final class DutySections {

    private DutySections() {
    }

    static Report.Section handling(ReportContext c) {
        Collection<EnterpriseHandling> now = c.now().handling().values();
        Collection<EnterpriseHandling> before = c.before().handling().values();
        int cases = sum(now, EnterpriseHandling::cases);
        List<List<Object>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder("期内推送预警处置 %d 起（%s）".formatted(cases,
                Change.ofCount(cases, sum(before, EnterpriseHandling::cases))));
        addStep(rows, text, "签收", now, before, EnterpriseHandling::signForDue, EnterpriseHandling::signForLate);
        addStep(rows, text, "处置反馈", now, before, EnterpriseHandling::feedbackDue,
                EnterpriseHandling::feedbackLate);
        addStep(rows, text, "核查", now, before, EnterpriseHandling::verifyDue, EnterpriseHandling::verifyLate);
        int late = sum(now, EnterpriseHandling::lateCases);
        text.append("；处置超时 %d 起（%s）。".formatted(late, Change.ofCount(late,
                sum(before, EnterpriseHandling::lateCases))));
        return new Report.Section("预警处置及时性", List.of(text.toString()),
                List.of(new Report.Table("处置及时性", List.of("环节", "应办", "超时", "及时率", "上期及时率"), rows,
                        List.of(3, 4))),
                List.of());
    }

    private static void addStep(List<List<Object>> rows, StringBuilder text, String step,
                                Collection<EnterpriseHandling> now, Collection<EnterpriseHandling> before,
                                ToIntFunction<EnterpriseHandling> due, ToIntFunction<EnterpriseHandling> late) {
        int d = sum(now, due);
        int l = sum(now, late);
        Double rate = Change.rate(d - l, d);
        Double rateBefore = Change.rate(sum(before, due) - sum(before, late), sum(before, due));
        rows.add(ReportContext.row(step, d, l, rate, rateBefore));
        text.append("，%s及时率 %s（%s）".formatted(step, percent(rate), Change.ofRate(rate, rateBefore)));
    }

    static <T> int sum(Collection<T> rows, ToIntFunction<T> f) {
        return rows.stream().mapToInt(f).sum();
    }

    static Report.Section commitments(ReportContext c) {
        PeriodFacts now = c.now();
        PeriodFacts before = c.before();
        Set<String> codes = ReportContext.codes(now);
        Double rate = now.commitmentRate(codes);
        Double rateBefore = before.commitmentRate(ReportContext.codes(before));
        Collection<EnterpriseCommitments> all = now.commitments().values();
        int committed = sum(all, EnterpriseCommitments::daysCommitted);
        int onTime = sum(all, EnterpriseCommitments::daysOnTime);
        int missing = sum(all, EnterpriseCommitments::daysMissing);
        int missingBefore = sum(before.commitments().values(), EnterpriseCommitments::daysMissing);
        long due = (long) now.daysDue() * codes.size();
        String text = "期内应承诺 %d 企业日，按时承诺 %d、迟报 %d；按时承诺率 %s（%s）；未承诺 %d 企业日（%s）。"
                .formatted(due, onTime, committed - onTime, percent(rate), Change.ofRate(rate, rateBefore), missing,
                        Change.ofCount(missing, missingBefore));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ReportContext.row("应承诺（企业日）", due, (long) before.daysDue() * ReportContext.codes(before).size()));
        rows.add(ReportContext.row("按时承诺", onTime, sum(before.commitments().values(),
                EnterpriseCommitments::daysOnTime)));
        rows.add(ReportContext.row("迟报", committed - onTime, sum(before.commitments().values(),
                EnterpriseCommitments::daysCommitted) - sum(before.commitments().values(),
                EnterpriseCommitments::daysOnTime)));
        rows.add(ReportContext.row("未承诺", missing, missingBefore));
        return new Report.Section("安全承诺", List.of(text),
                List.of(new Report.Table("安全承诺", List.of("项目", "本期", "上期"), rows, List.of())), List.of());
    }

    static Report.Section patrols(ReportContext c) {
        PeriodFacts.PatrolFigures now = c.now().patrol();
        PeriodFacts.PatrolFigures before = c.before().patrol();
        Double rate = Change.rate(now.roundsDone(), now.roundsDue());
        Double rateBefore = Change.rate(before.roundsDone(), before.roundsDue());
        String text = "期内应巡查 %d 轮次，完成 %d 轮次，巡查完成率 %s（%s）；漏巡 %d 轮次（%s）。".formatted(
                now.roundsDue(), now.roundsDone(), percent(rate), Change.ofRate(rate, rateBefore),
                now.missed().size(), Change.ofCount(now.missed().size(), before.missed().size()));
        List<List<Object>> subs = new ArrayList<>();
        for (PeriodFacts.SubordinatePatrol s : now.subordinates()) {
            subs.add(ReportContext.row(s.name(), s.roundsDue(), s.roundsDone(), Change.rate(s.roundsDone(),
                    s.roundsDue())));
        }
        List<List<Object>> missed = new ArrayList<>();
        for (PeriodFacts.MissedRound m : now.missed()) {
            missed.add(ReportContext.row(c.nodeName(m.jurisdictionCode()), m.day().toString(), m.round().label()));
        }
        List<Report.Table> tables = new ArrayList<>();
        if (!subs.isEmpty()) {
            tables.add(new Report.Table("下级巡查完成情况", List.of("辖区", "应巡轮次", "完成轮次", "完成率"), subs,
                    List.of(3)));
        }
        tables.add(new Report.Table("漏巡轮次", List.of("辖区", "日期", "轮次"), missed, List.of()));
        return new Report.Section("监管巡查", List.of(text), tables, List.of());
    }

    static Report.Section rectifications(ReportContext c) {
        Collection<EnterpriseRectifications> now = c.now().rectifications().values();
        Collection<EnterpriseRectifications> before = c.before().rectifications().values();
        List<List<Object>> rows = new ArrayList<>();
        String[] names = {"发现问题", "下达整改", "整改闭环", "整改逾期"};
        List<ToIntFunction<EnterpriseRectifications>> figures = List.of(EnterpriseRectifications::findings,
                EnterpriseRectifications::opened, EnterpriseRectifications::closed, EnterpriseRectifications::overdue);
        StringBuilder text = new StringBuilder("期内");
        for (int i = 0; i < names.length; i++) {
            int n = sum(now, figures.get(i));
            int b = sum(before, figures.get(i));
            rows.add(ReportContext.row(names[i], n, b, n - b));
            text.append(i == 0 ? "" : "，").append(names[i]).append(' ').append(n).append(" 项（")
                    .append(Change.ofCount(n, b)).append('）');
        }
        text.append('。');
        return new Report.Section("发现问题和整改", List.of(text.toString()),
                List.of(new Report.Table("问题和整改", List.of("项目", "本期", "上期", "增减"), rows, List.of())),
                List.of());
    }
}
