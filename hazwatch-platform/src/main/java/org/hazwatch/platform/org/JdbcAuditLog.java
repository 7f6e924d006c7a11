package org.hazwatch.platform.org;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The {@code audit_log} table: {@link AuditLog} and the scoped reading of it. */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ObjectProvider<EnterpriseLocator> enterprises;
    private final RowMapper<AuditEntry> row;

    JdbcAuditLog(JdbcClient jdbc, ObjectMapper json, ObjectProvider<EnterpriseLocator> enterprises,
                 HazwatchProperties hazwatch) {
        ZoneId zone = hazwatch.zone();
        this.jdbc = jdbc;
        this.json = json;
        this.enterprises = enterprises;
        this.row = (rs, n) -> new AuditEntry(rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
                rs.getString("username"), rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_code"),
                rs.getString("jurisdiction_path"), rs.getString("enterprise_code"), rs.getString("remote_addr"),
                json.readValue(rs.getString("detail"), DETAIL));
    }

    @Override
    public void record(Actor actor, String action, String targetType, String targetCode, String jurisdictionPath,
                       String enterpriseCode, Map<String, ?> detail) {
        jdbc.sql("""
                INSERT INTO audit_log (username, role, action, target_type, target_code, jurisdiction_path,
                                       enterprise_code, remote_addr, detail)
                VALUES (:username, :role, :action, :targetType, :targetCode, :path, :enterprise, :addr,
                        CAST(:detail AS jsonb))
                """).param("username", actor.username())
                .param("role", actor.role() == null ? null : actor.role().name())
                .param("action", action).param("targetType", targetType).param("targetCode", targetCode)
                .param("path", jurisdictionPath != null ? jurisdictionPath : enterprisePath(enterpriseCode))
                .param("enterprise", enterpriseCode)
                .param("addr", remoteAddress())
                .param("detail", json.writeValueAsString(detail == null ? Map.of() : detail)).update();
    }

    /** Entries the actor may read, newest first. */
    List<AuditEntry> read(Actor actor, AuditQuery query) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, username, role, action, target_type, target_code, jurisdiction_path,
                       enterprise_code, remote_addr, detail::text AS detail
                FROM audit_log WHERE at >= :from AND at < :to""");
        if (query.action() != null) {
            sql.append(" AND action = :action");
        }
        JurisdictionScope.Condition scope = actor.scope().on("jurisdiction_path", "enterprise_code");
        sql.append(" AND").append(scope.sql()).append("ORDER BY at DESC, id DESC LIMIT :limit");
        JdbcClient.StatementSpec statement = scope.bind(jdbc.sql(sql.toString())).param("from", query.from())
                .param("to", query.to()).param("limit", query.limit());
        if (query.action() != null) {
            statement = statement.param("action", query.action());
        }
        return statement.query(row).list();
    }

    /** Where an enterprise lies, so that regulators above it read what its users did. */
    private String enterprisePath(String enterpriseCode) {
        EnterpriseLocator locator = enterprises.getIfAvailable();
        return locator == null || enterpriseCode == null ? null
                : locator.jurisdictionPathOf(enterpriseCode).orElse(null);
    }

    /** The address of the current request, if the change is made inside one. */
    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
