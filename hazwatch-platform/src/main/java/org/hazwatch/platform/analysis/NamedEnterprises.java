package org.hazwatch.platform.analysis;

import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.analysis.rules.NamingRule;
import org.hazwatch.platform.commitment.CommitmentTallies.EnterpriseCommitments;
import org.hazwatch.platform.disposal.HandlingTallies.EnterpriseHandling;
import org.hazwatch.platform.inspection.RectificationTallies.EnterpriseRectifications;
import org.hazwatch.platform.registry.EnterprisePoints;

/**
 * The enterprises a report names (通报点名, SPEC §9) with their reasons, each with a paragraph of its own (what a
 * named enterprise receives of the bulletin), and the section that lists them.
 */
final class NamedEnterprises {

    private NamedEnterprises() {
    }

    static List<Report.NamedEnterprise> of(ReportContext c) {
        PeriodFacts f = c.now();
        List<Report.NamedEnterprise> named = new ArrayList<>();
        for (EnterprisePoints e : f.enterprises()) {
            EnterpriseCommitments commitments = f.commitments().get(e.code());
            EnterpriseHandling handling = f.handling().get(e.code());
            EnterpriseRectifications rectifications = f.rectifications().get(e.code());
            NamingRule.Conduct conduct = new NamingRule.Conduct(
                    commitments == null ? 0 : commitments.daysMissing(),
                    e.pointCodes().isEmpty() ? 0 : f.unexplainedOffline(e.code()),
                    handling == null ? 0 : handling.lateCases(),
                    rectifications == null ? 0 : rectifications.overdue());
            List<String> reasons = c.naming().reasons(conduct);
            if (!reasons.isEmpty()) {
                named.add(new Report.NamedEnterprise(e.code(), e.name(), reasons, paragraph(c, e, reasons)));
            }
        }
        return named;
    }

    private static String paragraph(ReportContext c, EnterprisePoints e, List<String> reasons) {
        return "%s（%s）：%s至%s期间，%s。请认真分析原因，落实整改，并向%s报告整改情况。".formatted(e.name(), e.code(),
                c.now().period().from(), c.now().period().to(), String.join("；", reasons), c.node().name());
    }

    static Report.Section section(ReportContext c, List<Report.NamedEnterprise> named) {
        List<List<Object>> rows = new ArrayList<>();
        for (Report.NamedEnterprise n : named) {
            rows.add(ReportContext.row(n.enterpriseCode(), n.name(), String.join("；", n.reasons())));
        }
        String text = named.isEmpty() ? "期内无点名通报企业。"
                : "期内点名通报企业 %d 家（点名条件：未承诺 ≥ %d 天、无故离线累计 > %d 小时、预警处置超时、整改逾期）。"
                .formatted(named.size(), c.naming().missingCommitmentDays(), c.naming().offlineHours());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text);
        named.forEach(n -> paragraphs.add(n.paragraph()));
        return new Report.Section("点名通报企业", paragraphs,
                List.of(new Report.Table("点名通报企业", List.of("企业编码", "企业名称", "点名原因"), rows, List.of())),
                List.of());
    }
}
