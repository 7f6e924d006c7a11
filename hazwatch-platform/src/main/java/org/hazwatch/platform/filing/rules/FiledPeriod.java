package org.hazwatch.platform.filing.rules;

import java.time.Instant;
import java.util.Set;

/**
 * The time and points a filing takes out of service (SPEC §4: no offline violations, no alarms).
 *
 * @param pointCodes the points covered; empty when the whole enterprise is
 * @param until      exclusive; a withdrawal moves it back to the withdrawal
 */
public record FiledPeriod(String enterpriseCode, Set<String> pointCodes, Instant from, Instant until) {

    public FiledPeriod {
        pointCodes = Set.copyOf(pointCodes);
    }

    public boolean wholeEnterprise() {
        return pointCodes.isEmpty();
    }

    /**
     * Whether the period covers a point of the enterprise at {@code t}; with {@code pointCode} null, the enterprise
     * itself (its gateway's offline time), which only a filing for the whole enterprise covers.
     */
    public boolean covers(String enterpriseCode, String pointCode, Instant t) {
        boolean inPeriod = !t.isBefore(from) && t.isBefore(until);
        boolean inScope = wholeEnterprise() || pointCode != null && pointCodes.contains(pointCode);
        return this.enterpriseCode.equals(enterpriseCode) && inPeriod && inScope;
    }
}
