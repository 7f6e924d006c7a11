package org.hazwatch.platform.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hazwatch.platform.analysis.rules.NamingRule;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.registry.EnterprisePoints;

/**
 * The two periods of a report and what the sections name things by: the enterprises (of both periods), the
 * subordinate jurisdictions and the names of any node.
 *
 * @param topPointsBefore the alarms of this period's top points in the previous period
 */
record ReportContext(Jurisdiction node, PeriodFacts now, PeriodFacts before, List<Jurisdiction> children,
                     Map<String, String> nodeNames, NamingRule naming, Map<String, Integer> topPointsBefore) {

    String enterpriseName(String code) {
        for (PeriodFacts f : List.of(now, before)) {
            for (EnterprisePoints e : f.enterprises()) {
                if (e.code().equals(code)) {
                    return e.name();
                }
            }
        }
        return code;
    }

    String nodeName(String code) {
        return nodeNames.getOrDefault(code, code);
    }

    static Set<String> codes(PeriodFacts f) {
        return f.enterprises().stream().map(EnterprisePoints::code).collect(Collectors.toSet());
    }

    /** The enterprises of the period at or beneath the subordinate node. */
    static List<EnterprisePoints> under(PeriodFacts f, Jurisdiction child) {
        return f.enterprises().stream().filter(e -> e.jurisdictionPath().startsWith(child.path())).toList();
    }

    static Set<String> codesUnder(PeriodFacts f, Jurisdiction child) {
        return under(f, child).stream().map(EnterprisePoints::code).collect(Collectors.toSet());
    }

    /** A table row; a null cell is shown "—". */
    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** "11月1日" for a chart's category. */
    static String dayLabel(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
