package org.hazwatch.platform.commitment;

import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.EntryClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Daily safety commitments (安全承诺) of a period, per enterprise, for the figures of a period (bulletins, SPEC §9):
 * days committed, of them on time, and days found missed by the watch that stayed without any commitment.
 */
@Service
@EntryClass
public class CommitmentTallies {

    /**
     * @param daysCommitted days with a commitment
     * @param daysOnTime    days whose first commitment came before the deadline
     * @param daysMissing   days the watch found missed and that never got a commitment
     */
    public record EnterpriseCommitments(String enterpriseCode, int daysCommitted, int daysOnTime, int daysMissing) {
    }

    private static final String PER_ENTERPRISE = """
            WITH firsts AS (
                SELECT DISTINCT ON (enterprise_code, day) enterprise_code, day, late
                FROM safety_commitment
                WHERE day BETWEEN :from AND :to AND %1$s
                ORDER BY enterprise_code, day, version),
            committed AS (
                SELECT enterprise_code, count(*) AS days, count(*) FILTER (WHERE NOT late) AS on_time
                FROM firsts GROUP BY 1),
            missing AS (
                SELECT m.enterprise_code, count(*) AS days
                FROM commitment_miss m
                WHERE m.day BETWEEN :from AND :to AND %2$s
                  AND NOT EXISTS (SELECT 1 FROM safety_commitment c
                                  WHERE c.enterprise_code = m.enterprise_code AND c.day = m.day)
                GROUP BY 1)
            SELECT coalesce(c.enterprise_code, m.enterprise_code), coalesce(c.days, 0), coalesce(c.on_time, 0),
                   coalesce(m.days, 0)
            FROM committed c FULL JOIN missing m ON m.enterprise_code = c.enterprise_code""";

    private final JdbcClient jdbc;

    CommitmentTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per enterprise with any commitment or miss, its days of {@code from..to} (inclusive). */
    public List<EnterpriseCommitments> perEnterprise(JurisdictionScope scope, LocalDate from, LocalDate to) {
        JurisdictionScope.Condition in = scope.on("jurisdiction_path", "enterprise_code");
        JurisdictionScope.Condition missIn = scope.on("m.jurisdiction_path", "m.enterprise_code");
        return in.bind(jdbc.sql(PER_ENTERPRISE.formatted(in.sql(), missIn.sql())))
                .param("from", from).param("to", to)
                .query((rs, n) -> new EnterpriseCommitments(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4)))
                .list();
    }
}
