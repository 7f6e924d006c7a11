package org.hazwatch.platform.analysis;

import java.util.Map;
import org.hazwatch.platform.analysis.rules.NamingRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hazwatch.analysis.*}: when a report names an enterprise (SPEC §9 defaults in
 * {@link NamingRule#SPEC_DEFAULTS}), and per jurisdiction code ({@code jurisdictions.140500.offline-hours: 48}) any
 * of them set otherwise for that jurisdiction's reports.
 */
@ConfigurationProperties("hazwatch.analysis")
record AnalysisSettings(Naming named, Map<String, Naming> jurisdictions) {

    /** Thresholds of naming; null keeps the default. */
    record Naming(Integer missingCommitmentDays, Integer offlineHours, Integer lateWarnings,
                  Integer overdueRectifications) {

        NamingRule over(NamingRule base) {
            return new NamingRule(
                    missingCommitmentDays != null ? missingCommitmentDays : base.missingCommitmentDays(),
                    offlineHours != null ? offlineHours : base.offlineHours(),
                    lateWarnings != null ? lateWarnings : base.lateWarnings(),
                    overdueRectifications != null ? overdueRectifications : base.overdueRectifications());
        }
    }

    /** The rule in force for the reports of the node {@code code}. */
    NamingRule naming(String code) {
        NamingRule base = named == null ? NamingRule.SPEC_DEFAULTS : named.over(NamingRule.SPEC_DEFAULTS);
        Naming own = jurisdictions == null ? null : jurisdictions.get(code);
        return own == null ? base : own.over(base);
    }
}
