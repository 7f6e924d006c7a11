package org.hazwatch.platform.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.EnterprisePoints;
import org.hazwatch.platform.registry.Registry;
import org.springframework.stereotype.Service;

/** Gathers a jurisdiction's figures of a period from the features that hold them, into a {@link Report}. */
@Service
class PeriodFigures implements PeriodReports {

    private final Jurisdictions jurisdictions;
    private final Registry registry;

    PeriodFigures(Jurisdictions jurisdictions, Registry registry) {
        this.jurisdictions = jurisdictions;
        this.registry = registry;
    }

    @Override
    public Report report(String jurisdictionCode, LocalDate from, LocalDate to) {
        Jurisdiction node = jurisdictions.require(jurisdictionCode);
        JurisdictionScope scope = JurisdictionScope.everything().under(node.path());
        List<Report.Section> sections = new ArrayList<>();
        sections.add(enterprisesAndPoints(registry.enterprisePoints(scope)));
        return new Report(node.code(), node.name(), from, to, sections, List.of());
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
