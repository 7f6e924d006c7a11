package org.hazwatch.platform.filing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.EntryClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How long filings of a whole enterprise (报备: shutdown, maintenance, outage) covered a period, per enterprise, so
 * the figures of a period excuse that time from "offline without explanation" (SPEC §4, §9). Overlapping filings
 * count once; a withdrawn filing covers the time before its withdrawal.
 */
@Service
@EntryClass
public class FiledHours {

    private static final String WHOLE_ENTERPRISE = """
            SELECT enterprise_code, greatest(from_at, CAST(:from AS timestamptz)) AS s,
                   least(until_at, CAST(:to AS timestamptz)) AS e
            FROM filing
            WHERE scope = 'ENTERPRISE' AND from_at < :to AND until_at > :from AND %s
            ORDER BY enterprise_code, s""";

    private final JdbcClient jdbc;

    FiledHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per enterprise with a filing of the whole enterprise in {@code [from, to)}, the time it covered. */
    public Map<String, Duration> wholeEnterprise(JurisdictionScope scope, Instant from, Instant to) {
        JurisdictionScope.Condition in = scope.on("jurisdiction_path", "enterprise_code");
        Map<String, List<Instant[]>> spans = new HashMap<>();
        in.bind(jdbc.sql(WHOLE_ENTERPRISE.formatted(in.sql())))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(rs -> {
                    spans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Instant[] {
                            rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()});
                });
        Map<String, Duration> covered = new HashMap<>();
        spans.forEach((enterprise, list) -> covered.put(enterprise, union(list)));
        return covered;
    }

    /** The length of the union of spans sorted by start. */
    private static Duration union(List<Instant[]> sorted) {
        Duration total = Duration.ZERO;
        Instant start = null;
        Instant end = null;
        for (Instant[] s : sorted) {
            if (end == null || s[0].isAfter(end)) {
                if (end != null) {
                    total = total.plus(Duration.between(start, end));
                }
                start = s[0];
                end = s[1];
            } else if (s[1].isAfter(end)) {
                end = s[1];
            }
        }
        return end == null ? total : total.plus(Duration.between(start, end));
    }
}
