package org.hazwatch.platform.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.EntryClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Findings and rectification orders (整改) of a period, per enterprise, for the figures of a period (bulletins, SPEC
 * §9). An order is overdue in a period when its deadline fell in the period (and has passed) and it was not closed
 * by then.
 */
@Service
@EntryClass
public class RectificationTallies {

    /**
     * @param findings abnormal patrol items found in the period
     * @param opened   orders issued in the period
     * @param closed   orders closed (accepted) in the period
     * @param overdue  orders whose deadline fell in the period and passed before they were closed
     */
    public record EnterpriseRectifications(String enterpriseCode, int findings, int opened, int closed, int overdue) {
    }

    private static final String PER_ENTERPRISE = """
            WITH f AS (
                SELECT enterprise_code, count(*) AS n FROM inspection_finding
                WHERE found_at >= :from AND found_at < :to AND %1$s GROUP BY 1),
            o AS (
                SELECT enterprise_code,
                       count(*) FILTER (WHERE issued_at >= :from AND issued_at < :to) AS opened,
                       count(*) FILTER (WHERE closed_at >= :from AND closed_at < :to) AS closed,
                       count(*) FILTER (WHERE deadline >= :from
                                          AND deadline < least(CAST(:to AS timestamptz), CAST(:now AS timestamptz))
                                          AND (closed_at IS NULL OR closed_at > deadline)) AS overdue
                FROM rectification_order
                WHERE ((issued_at >= :from AND issued_at < :to) OR (closed_at >= :from AND closed_at < :to)
                       OR (deadline >= :from AND deadline < :to)) AND %1$s
                GROUP BY 1)
            SELECT coalesce(f.enterprise_code, o.enterprise_code), coalesce(f.n, 0), coalesce(o.opened, 0),
                   coalesce(o.closed, 0), coalesce(o.overdue, 0)
            FROM f FULL JOIN o ON o.enterprise_code = f.enterprise_code""";

    private final JdbcClient jdbc;

    RectificationTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per enterprise with any finding or order in {@code [from, to)}; {@code now} bounds what can be overdue. */
    public List<EnterpriseRectifications> perEnterprise(JurisdictionScope scope, Instant from, Instant to,
                                                        Instant now) {
        JurisdictionScope.Condition in = scope.on("jurisdiction_path", "enterprise_code");
        return in.bind(jdbc.sql(PER_ENTERPRISE.formatted(in.sql())))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new EnterpriseRectifications(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5)))
                .list();
    }
}
