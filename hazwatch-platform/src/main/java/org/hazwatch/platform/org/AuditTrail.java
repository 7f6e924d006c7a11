package org.hazwatch.platform.org;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The audit log as the audit page reads it (审计日志): the platform admin everything; a regulator the entries about
 * its jurisdiction's enterprises and objects (the entry's path lies in its subtree) and whatever its own users — the
 * regulators' accounts of its subtree — did anywhere. Filtered by time, who and action, a page at a time.
 */
@Service
@EntryClass
public class AuditTrail {

    /** One entry as the page shows it; {@code detail} is the change as JSON text. */
    public record Line(long id, OffsetDateTime at, String username, Role role, String action, String targetType,
                       String targetCode, String jurisdictionPath, String enterpriseCode, String remoteAddr,
                       String detail) {
    }

    /**
     * @param who    a user name, or its beginning
     * @param action an action ({@code filing.acknowledge}), or its beginning ({@code filing.})
     */
    public record Criteria(Instant from, Instant to, String who, String action) {
    }

    public record Found(List<Line> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final String FROM = """
            FROM audit_log l
            WHERE (CAST(:from AS timestamptz) IS NULL OR l.at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR l.at < :to)
              AND (CAST(:who AS text) IS NULL OR l.username LIKE :who)
              AND (CAST(:action AS text) IS NULL OR l.action LIKE :action)
              AND (%s OR l.username IN (SELECT a.username FROM account a JOIN jurisdiction j
                                         ON j.code = a.jurisdiction_code WHERE %s))""";

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final ZoneId zone;

    AuditTrail(JdbcClient jdbc, Jurisdictions jurisdictions, HazwatchProperties hazwatch) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.zone = hazwatch.zone();
    }

    /**
     * @param jurisdictionCode beneath this node of the reader's scope, or null for all it sees
     * @throws AccessDeniedException for enterprise users: the audit page is the regulators' and the admin's
     * @throws org.hazwatch.platform.support.NotFoundException for a node the reader does not see
     */
    public Found find(Actor actor, String jurisdictionCode, Criteria c, int page, int size) {
        if (actor.role().isEnterprise()) {
            throw new AccessDeniedException("the audit page is for the admin and the regulators");
        }
        JurisdictionScope scope = jurisdictionCode == null || jurisdictionCode.isBlank() ? actor.scope()
                : jurisdictions.scope(actor, jurisdictionCode.strip());
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, 500));
        JurisdictionScope.Condition about = scope.on("l.jurisdiction_path", "l.enterprise_code");
        JurisdictionScope.Condition users = scope.on("j.path");
        String where = FROM.formatted(about.sql(), users.sql());
        long total = bind(users.bind(about.bind(jdbc.sql("SELECT count(*) " + where))), c).query(Long.class)
                .single();
        List<Line> items = bind(users.bind(about.bind(jdbc.sql("""
                SELECT l.id, l.at, l.username, l.role, l.action, l.target_type, l.target_code, l.jurisdiction_path,
                       l.enterprise_code, l.remote_addr, l.detail::text AS detail
                """ + where + " ORDER BY l.at DESC, l.id DESC LIMIT :limit OFFSET :offset"))), c)
                .param("limit", s).param("offset", (long) p * s)
                .query((rs, n) -> new Line(rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
                        rs.getString("username"), rs.getString("role") == null ? null
                        : Role.valueOf(rs.getString("role")), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target_code"), rs.getString("jurisdiction_path"),
                        rs.getString("enterprise_code"), rs.getString("remote_addr"), rs.getString("detail")))
                .list();
        return new Found(items, p, s, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Criteria c) {
        return statement.param("from", c.from() == null ? null : Timestamp.from(c.from()))
                .param("to", c.to() == null ? null : Timestamp.from(c.to()))
                .param("who", prefix(c.who())).param("action", prefix(c.action()));
    }

    private static String prefix(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
