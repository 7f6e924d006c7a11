package org.hazwatch.platform.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.alarm.AlarmTallies;
import org.hazwatch.platform.analysis.rules.ReportPeriod;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.EnterprisePoints;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Gathers a jurisdiction's figures of a period from the features that hold them, into a {@link Report}: the SPEC §9
 * contents of a bulletin and the 研判, each figure against the previous period of the same length.
 */
@Service
class PeriodFigures implements PeriodReports {

    private final Jurisdictions jurisdictions;
    private final PeriodFactsReader reader;
    private final AlarmTallies alarms;
    private final AnalysisSettings settings;

    PeriodFigures(Jurisdictions jurisdictions, PeriodFactsReader reader, AlarmTallies alarms,
                  AnalysisSettings settings) {
        this.jurisdictions = jurisdictions;
        this.reader = reader;
        this.alarms = alarms;
        this.settings = settings;
    }

    @Override
    public Report report(String jurisdictionCode, LocalDate from, LocalDate to) {
        Jurisdiction node = jurisdictions.require(jurisdictionCode);
        ReportPeriod period = period(from, to);
        PeriodFacts now = reader.read(node, period);
        PeriodFacts before = reader.read(node, period.previous());
        // towns and parks without enterprises have no figures to rank (a county lists dozens of towns)
        List<Jurisdiction> children = jurisdictions.children(node.code()).stream()
                .filter(child -> !ReportContext.under(now, child).isEmpty()).toList();
        Map<String, String> names = new HashMap<>();
        children.forEach(c -> names.put(c.code(), c.name()));
        for (PeriodFacts.MissedRound m : now.patrol().missed()) {
            names.computeIfAbsent(m.jurisdictionCode(),
                    code -> jurisdictions.find(code).map(Jurisdiction::name).orElse(code));
        }
        List<String> topPoints = now.topPoints().stream().map(AlarmTallies.PointAlarms::pointCode).toList();
        ReportContext c = new ReportContext(node, now, before, children, names, settings.naming(node.code()),
                alarms.ofPoints(JurisdictionScope.everything().under(node.path()), before.start(), before.end(),
                        topPoints));
        List<Report.NamedEnterprise> named = NamedEnterprises.of(c);
        List<Report.Section> sections = new ArrayList<>();
        sections.add(enterprisesAndPoints(now.enterprises()));
        sections.add(DataSections.online(c));
        sections.add(DataSections.quality(c));
        sections.add(AlarmSections.alarms(c));
        sections.add(AlarmSections.warnings(c, reader.zone()));
        sections.add(DutySections.handling(c));
        sections.add(DutySections.commitments(c));
        sections.add(DutySections.patrols(c));
        sections.add(DutySections.rectifications(c));
        sections.add(RankingSection.of(c));
        sections.add(TrendSection.of(c, reader.zone()));
        sections.add(NamedEnterprises.section(c, named));
        return new Report(node.code(), node.name(), from, to, sections, named);
    }

    private static ReportPeriod period(LocalDate from, LocalDate to) {
        try {
            return new ReportPeriod(from, to);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("to", e.getMessage());
        }
    }

    private static Report.Section enterprisesAndPoints(List<EnterprisePoints> enterprises) {
        long major = enterprises.stream().filter(EnterprisePoints::majorHazard).count();
        long points = enterprises.stream().mapToLong(e -> e.pointCodes().size()).sum();
        List<List<Object>> rows = enterprises.stream()
                .map(e -> List.<Object>of(e.code(), e.name(), e.majorHazard() ? "是" : "否", e.pointCodes().size()))
                .toList();
        return new Report.Section("企业和点位",
                List.of("辖区内接入企业 %d 家（其中重大危险源企业 %d 家），监测点位 %d 个。"
                        .formatted(enterprises.size(), major, points)),
                List.of(new Report.Table("企业和点位", List.of("企业编码", "企业名称", "重大危险源", "点位数"), rows,
                        List.of())),
                List.of());
    }
}
