package org.hazwatch.platform.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.CommittedCache;
import org.hazwatch.platform.support.EnterprisePaths;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Tables {@code custody_check} and {@code custody_overdue}. */
@Repository
class CustodyStore {

    private static final TypeReference<Map<ChecklistItem, Boolean>> CHECKLIST = new TypeReference<>() {
    };

    /** Enterprises a province has, and some. */
    private static final int CACHED_ENTERPRISES = 20_000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    /**
     * Each enterprise's last checks, kept until this store adds one (it writes the table alone): the warning model
     * reads them at every assessment (issue 17).
     */
    private final CommittedCache<String, Map<String, Instant>> last = new CommittedCache<>(CACHED_ENTERPRISES);

    CustodyStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Its custody checks follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "custody_check");
    }

    void add(CheckView c, String path) {
        last.forget(c.enterpriseCode());
        jdbc.sql("""
                INSERT INTO custody_check (id, enterprise_code, hazard_source_code, jurisdiction_path, role,
                    person_name, checked_at, checklist, findings, photos, recorded_by, recorded_at)
                VALUES (:id, :e, :h, :path, :role, :person, :at, CAST(:checklist AS jsonb), :findings, :photos, :by,
                    :recordedAt)""")
                .param("id", c.id()).param("e", c.enterpriseCode()).param("h", c.hazardSourceCode())
                .param("path", path).param("role", c.role().code()).param("person", c.personName())
                .param("at", Timestamp.from(c.checkedAt())).param("checklist", json.writeValueAsString(c.checklist()))
                .param("findings", c.findings()).param("photos", c.photos().toArray(String[]::new))
                .param("by", c.recordedBy()).param("recordedAt", Timestamp.from(c.recordedAt())).update();
    }

    /** The last check of each duty of the enterprise, keyed {@code hazardSource/role}. */
    Map<String, Instant> lastChecks(String enterprise) {
        return last.get(enterprise, e -> {
            Map<String, Instant> found = new HashMap<>();
            jdbc.sql("""
                    SELECT hazard_source_code, role, max(checked_at) FROM custody_check WHERE enterprise_code = :e
                    GROUP BY hazard_source_code, role""")
                    .param("e", e)
                    .query((ResultSet rs) -> {
                        found.put(rs.getString(1) + "/" + rs.getString(2), rs.getTimestamp(3).toInstant());
                    });
            return Map.copyOf(found);
        });
    }

    List<CheckView> checks(String enterprise, String hazardSource, int limit) {
        return jdbc.sql("""
                SELECT * FROM custody_check WHERE enterprise_code = :e
                  AND (CAST(:h AS text) IS NULL OR hazard_source_code = :h)
                ORDER BY checked_at DESC LIMIT :limit""")
                .param("e", enterprise).param("h", hazardSource).param("limit", limit)
                .query((rs, n) -> view(rs)).list();
    }

    Optional<CheckView> check(UUID id) {
        return jdbc.sql("SELECT * FROM custody_check WHERE id = :id").param("id", id).query((rs, n) -> view(rs))
                .optional();
    }

    /** Records an overdue duty; false when this due time was recorded before. */
    boolean recordOverdue(CustodyDuty d, Instant at) {
        return jdbc.sql("""
                INSERT INTO custody_overdue (hazard_source_code, role, due_at, enterprise_code, detected_at)
                VALUES (:h, :role, :due, :e, :at) ON CONFLICT DO NOTHING""")
                .param("h", d.hazardSourceCode()).param("role", d.role().code())
                .param("due", Timestamp.from(d.dueAt())).param("e", d.enterpriseCode())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    private CheckView view(ResultSet rs) throws SQLException {
        return new CheckView(rs.getObject("id", UUID.class), rs.getString("enterprise_code"),
                rs.getString("hazard_source_code"), CustodyRole.ofCode(rs.getString("role")),
                rs.getString("person_name"), rs.getTimestamp("checked_at").toInstant(),
                json.readValue(rs.getString("checklist"), CHECKLIST), rs.getString("findings"),
                List.of((String[]) rs.getArray("photos").getArray()), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
