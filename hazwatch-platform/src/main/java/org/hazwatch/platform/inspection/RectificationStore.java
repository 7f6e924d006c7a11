package org.hazwatch.platform.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.RectificationState;
import org.hazwatch.platform.inspection.rules.RectificationStep;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.hazwatch.platform.support.EnterprisePaths;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Tables {@code inspection_finding}, {@code rectification_order}, {@code rectification_step}, {@code enforcement_flag}. */
@Repository
class RectificationStore {

    /** A stored order with where it lies and the path of the regulator who issued it. */
    record Stored(RectificationView view, String jurisdictionPath, String issuerPath) {
    }

    /** Period bounds as instants (from inclusive, to exclusive); null for open ends. */
    record Period(Instant from, Instant to) {
    }

    private static final TypeReference<List<Attachment>> PHOTOS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RectificationStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The ledger follows the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "inspection_finding", "rectification_order",
                "enforcement_flag", "penalty", "outside_bulletin");
    }

    /** Records a finding; a patrol's item is one finding however often it is recorded. Answers the finding's id. */
    UUID addFinding(String enterprise, String path, PatrolItem item, UUID patrolId, Instant at, String by,
                    String note) {
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("""
                INSERT INTO inspection_finding (id, enterprise_code, jurisdiction_path, item, patrol_id, found_at,
                    found_by, note)
                VALUES (:id, :e, :path, :item, :patrol, :at, :by, :note)
                ON CONFLICT (patrol_id, item) WHERE patrol_id IS NOT NULL DO NOTHING""")
                .param("id", id).param("e", enterprise).param("path", path).param("item", item.name())
                .param("patrol", patrolId).param("at", Timestamp.from(at)).param("by", by).param("note", note)
                .update();
        if (added == 1) {
            return id;
        }
        return jdbc.sql("SELECT id FROM inspection_finding WHERE patrol_id = :patrol AND item = :item")
                .param("patrol", patrolId).param("item", item.name()).query(UUID.class).single();
    }

    List<Instant> findingTimes(String enterprise, PatrolItem item, Instant since) {
        return jdbc.sql("""
                SELECT found_at FROM inspection_finding WHERE enterprise_code = :e AND item = :item
                  AND found_at >= :since ORDER BY found_at""")
                .param("e", enterprise).param("item", item.name()).param("since", Timestamp.from(since))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    boolean flaggedSince(String enterprise, PatrolItem item, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM enforcement_flag WHERE enterprise_code = :e AND item = :item
                  AND flagged_at >= :since""")
                .param("e", enterprise).param("item", item.name()).param("since", Timestamp.from(since))
                .query(Long.class).single() > 0;
    }

    void addFlag(String enterprise, String path, PatrolItem item, int findings, Instant windowFrom, Instant at) {
        jdbc.sql("""
                INSERT INTO enforcement_flag (id, enterprise_code, jurisdiction_path, item, findings, window_from,
                    flagged_at)
                VALUES (:id, :e, :path, :item, :n, :from, :at)""")
                .param("id", UUID.randomUUID()).param("e", enterprise).param("path", path).param("item", item.name())
                .param("n", findings).param("from", Timestamp.from(windowFrom)).param("at", Timestamp.from(at))
                .update();
    }

    /** Flags in the scope, newest first. */
    List<EnforcementFlagView> flags(JurisdictionScope scope, PatrolItem item, Period period, int limit) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("""
                SELECT * FROM enforcement_flag WHERE %s
                  AND (CAST(:item AS text) IS NULL OR item = :item)
                  AND (CAST(:from AS timestamptz) IS NULL OR flagged_at >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR flagged_at < :to)
                ORDER BY flagged_at DESC LIMIT :limit""".formatted(where.sql())))
                .param("item", item == null ? null : item.name()).param("from", ts(period.from()))
                .param("to", ts(period.to())).param("limit", limit)
                .query((rs, n) -> new EnforcementFlagView(rs.getString("enterprise_code"), null,
                        PatrolItem.valueOf(rs.getString("item")), rs.getInt("findings"),
                        instant(rs, "window_from"), instant(rs, "flagged_at"))).list();
    }

    void addOrder(UUID id, String enterprise, String path, UUID findingId, UUID patrolId, PatrolItem item,
                  String problem, Instant deadline, String by, String issuerPath, Instant at) {
        jdbc.sql("""
                INSERT INTO rectification_order (id, enterprise_code, jurisdiction_path, finding_id, patrol_id, item,
                    problem, deadline, state, issued_by, issuer_path, issued_at)
                VALUES (:id, :e, :path, :finding, :patrol, :item, :problem, :deadline, 'OPEN', :by, :issuer, :at)""")
                .param("id", id).param("e", enterprise).param("path", path).param("finding", findingId)
                .param("patrol", patrolId).param("item", item.name()).param("problem", problem)
                .param("deadline", Timestamp.from(deadline)).param("by", by).param("issuer", issuerPath)
                .param("at", Timestamp.from(at)).update();
    }

    Optional<Stored> find(UUID id, Instant now) {
        return jdbc.sql("SELECT * FROM rectification_order WHERE id = :id").param("id", id)
                .query((rs, n) -> stored(rs, now)).optional();
    }

    /** Moves the order on, unless another step moved it first (then 0). */
    int move(UUID id, RectificationState from, RectificationState to, Instant at) {
        return jdbc.sql("""
                UPDATE rectification_order SET state = :to,
                    closed_at = CASE WHEN :to = 'CLOSED' THEN CAST(:at AS timestamptz) ELSE closed_at END
                WHERE id = :id AND state = :from""")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("at", Timestamp.from(at))
                .update();
    }

    void addStep(UUID order, RectificationStep step, RectificationState after, String by, Instant at, String text,
                 List<Attachment> photos) {
        jdbc.sql("""
                INSERT INTO rectification_step (order_id, step, state_after, by_user, at, text, photos)
                VALUES (:order, :step, :after, :by, :at, :text, CAST(:photos AS jsonb))""")
                .param("order", order).param("step", step.name()).param("after", after.name()).param("by", by)
                .param("at", Timestamp.from(at)).param("text", text)
                .param("photos", json.writeValueAsString(photos == null ? List.of() : photos)).update();
    }

    List<RectificationStepView> steps(UUID order) {
        return jdbc.sql("SELECT * FROM rectification_step WHERE order_id = :order ORDER BY id")
                .param("order", order)
                .query((rs, n) -> new RectificationStepView(RectificationStep.valueOf(rs.getString("step")),
                        RectificationState.valueOf(rs.getString("state_after")), rs.getString("by_user"),
                        instant(rs, "at"), rs.getString("text"), json.readValue(rs.getString("photos"), PHOTOS)))
                .list();
    }

    /** Orders in the scope for the filter (the enterprise narrowed by the scope), newest first. */
    List<Stored> list(JurisdictionScope scope, RectificationState state, Boolean overdue, PatrolItem item,
                      Period period, Instant now, int limit) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("""
                SELECT * FROM rectification_order WHERE %s
                  AND (CAST(:state AS text) IS NULL OR state = :state)
                  AND (CAST(:item AS text) IS NULL OR item = :item)
                  AND (CAST(:from AS timestamptz) IS NULL OR issued_at >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR issued_at < :to)
                  AND (CAST(:overdue AS boolean) IS NULL
                       OR ((state <> 'CLOSED' AND deadline < :now) = CAST(:overdue AS boolean)))
                ORDER BY issued_at DESC, number DESC LIMIT :limit""".formatted(where.sql())))
                .param("state", state == null ? null : state.name()).param("item", item == null ? null : item.name())
                .param("from", ts(period.from())).param("to", ts(period.to())).param("overdue", overdue)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> stored(rs, now)).list();
    }

    /** Orders past their deadline, not closed and not yet escalated. */
    List<Stored> overdueNotEscalated(Instant now) {
        return jdbc.sql("""
                SELECT * FROM rectification_order WHERE state <> 'CLOSED' AND escalated_at IS NULL AND deadline < :now
                ORDER BY deadline""")
                .param("now", Timestamp.from(now)).query((rs, n) -> stored(rs, now)).list();
    }

    /** Marks the order escalated; false when it was already (another node or an earlier round did it). */
    boolean markEscalated(UUID id, String toPath, Instant at) {
        return jdbc.sql("""
                UPDATE rectification_order SET escalated_at = :at, escalated_to_path = :to
                WHERE id = :id AND escalated_at IS NULL""")
                .param("id", id).param("to", toPath).param("at", Timestamp.from(at)).update() == 1;
    }

    private static Stored stored(ResultSet rs, Instant now) throws SQLException {
        RectificationState state = RectificationState.valueOf(rs.getString("state"));
        Instant deadline = instant(rs, "deadline");
        RectificationView view = new RectificationView(rs.getObject("id", UUID.class), rs.getLong("number"),
                rs.getString("enterprise_code"), null, PatrolItem.valueOf(rs.getString("item")),
                rs.getString("problem"), deadline, state,
                org.hazwatch.platform.inspection.rules.RectificationFlow.overdue(state, deadline, now),
                rs.getObject("patrol_id", UUID.class), rs.getString("issued_by"), instant(rs, "issued_at"),
                instant(rs, "closed_at"), instant(rs, "escalated_at"), null);
        return new Stored(view, rs.getString("jurisdiction_path"), rs.getString("issuer_path"));
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
