package org.hazwatch.platform.disposal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.EntryClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Handling timeliness (处置及时性) of the warnings pushed in a period, per enterprise, for the figures of a period
 * (bulletins, SPEC §9). A step counts once it fell due (done, or escalated as missed); it was late when the ladder
 * escalated it as missed, or, for signing for, when it was signed for after its deadline.
 */
@Service
@EntryClass
public class HandlingTallies {

    /**
     * One enterprise's cases pushed in the period.
     *
     * @param signForDue  cases signed for or escalated for a missed sign-for
     * @param feedbackDue cases fed back or escalated for missed feedback
     * @param verifyDue   cases verified or escalated for a missed verification (red and orange)
     * @param lateCases   cases with at least one step late
     */
    public record EnterpriseHandling(String enterpriseCode, int cases, int signForDue, int signForLate,
                                     int feedbackDue, int feedbackLate, int verifyDue, int verifyLate,
                                     int lateCases) {
    }

    private static final String PER_ENTERPRISE = """
            SELECT c.enterprise_code, count(*) AS cases,
                   count(*) FILTER (WHERE c.signed_for_at IS NOT NULL OR s.sign_missed) AS sign_due,
                   count(*) FILTER (WHERE s.sign_missed OR s.sign_late) AS sign_late,
                   count(*) FILTER (WHERE c.fed_back_at IS NOT NULL OR s.feedback_missed) AS feedback_due,
                   count(*) FILTER (WHERE s.feedback_missed) AS feedback_late,
                   count(*) FILTER (WHERE s.verified OR s.verify_missed) AS verify_due,
                   count(*) FILTER (WHERE s.verify_missed) AS verify_late,
                   count(*) FILTER (WHERE s.sign_missed OR s.sign_late OR s.feedback_missed OR s.verify_missed)
            FROM disposal_case c
            CROSS JOIN LATERAL (
                SELECT bool_or(kind = 'ESCALATED' AND detail ->> 'missedStep' = 'SIGN_FOR') AS sign_missed,
                       bool_or(kind = 'SIGNED_FOR'
                               AND coalesce((detail ->> 'lateSeconds')::bigint, 0) > 0) AS sign_late,
                       bool_or(kind = 'ESCALATED' AND detail ->> 'missedStep' = 'FEEDBACK') AS feedback_missed,
                       bool_or(kind = 'VERIFIED') AS verified,
                       bool_or(kind = 'ESCALATED' AND detail ->> 'missedStep' = 'VERIFY') AS verify_missed
                FROM disposal_step WHERE warning_id = c.warning_id) s
            WHERE c.raised_at >= :from AND c.raised_at < :to AND %s
            GROUP BY 1""";

    private final JdbcClient jdbc;

    HandlingTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per enterprise, the cases pushed in {@code [from, to)} and how their steps kept time. */
    public List<EnterpriseHandling> perEnterprise(JurisdictionScope scope, Instant from, Instant to) {
        JurisdictionScope.Condition in = scope.on("c.jurisdiction_path", "c.enterprise_code");
        return in.bind(jdbc.sql(PER_ENTERPRISE.formatted(in.sql())))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new EnterpriseHandling(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .list();
    }
}
