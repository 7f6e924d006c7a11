package org.hazwatch.platform.inspection;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazwatch.platform.inspection.rules.RectificationPolicies;
import org.hazwatch.platform.inspection.rules.RectificationPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hazwatch.inspection.rectification.*}: the SPEC §9 defaults, and per jurisdiction code
 * ({@code jurisdictions.140525.other-deadline: 5d}) any of them set otherwise; the deepest node on an enterprise's
 * path that sets a policy gives it (values it leaves out keep the defaults).
 *
 * @param checkEvery how often the watch looks for overdue orders
 */
@ConfigurationProperties("hazwatch.inspection.rectification")
record RectificationSettings(
        @DefaultValue("24h") Duration offlineDeadline,
        @DefaultValue("7d") Duration otherDeadline,
        @DefaultValue("3") int repeatCount,
        @DefaultValue("30d") Duration repeatWindow,
        @DefaultValue("5m") Duration checkEvery,
        Map<String, Jurisdiction> jurisdictions) {

    /** What one jurisdiction sets; null keeps the default. */
    record Jurisdiction(Duration offlineDeadline, Duration otherDeadline, Integer repeatCount,
                        Duration repeatWindow) {
    }

    RectificationPolicies policies() {
        RectificationPolicy defaults = new RectificationPolicy(offlineDeadline, otherDeadline, repeatCount,
                repeatWindow);
        Map<String, RectificationPolicy> set = new LinkedHashMap<>();
        if (jurisdictions != null) {
            jurisdictions.forEach((code, j) -> set.put(code, new RectificationPolicy(
                    j.offlineDeadline() != null ? j.offlineDeadline() : offlineDeadline,
                    j.otherDeadline() != null ? j.otherDeadline() : otherDeadline,
                    j.repeatCount() != null ? j.repeatCount() : repeatCount,
                    j.repeatWindow() != null ? j.repeatWindow() : repeatWindow)));
        }
        return new RectificationPolicies(defaults, set);
    }
}
