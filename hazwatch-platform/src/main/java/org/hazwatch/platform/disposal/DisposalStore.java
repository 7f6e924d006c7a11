package org.hazwatch.platform.disposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.disposal.rules.HandlingCase;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.EnterprisePaths;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Tables {@code disposal_case}, {@code disposal_step} and {@code disposal_photo}. */
@Repository
class DisposalStore {

    /** A stored case with where it lies and when its steps were done. */
    record Stored(UUID warningId, String enterpriseCode, String hazardSourceCode, String jurisdictionPath,
                  WarningLevel currentLevel, HandlingCase handling, Instant raisedAt, Instant signedForAt,
                  Instant fedBackAt, Instant closedAt) {
    }

    record Step(long id, Instant at, String kind, String actor, String text) {
    }

    record Photo(UUID id, long stepId, String contentType, byte[] data) {
    }

    /** Mirrors {@link HandlingCase#overdue}. */
    private static final String OVERDUE = """
            state <> 'CLOSED' AND (deadline_at < :now
              OR (follow_up_deadline_at < :now AND state IN ('PUSHED', 'SIGNED_FOR')))""";

    /** Overdue on the enterprise's side: its sign-for, feedback or follow-up deadline has passed. */
    private static final String ENTERPRISE_OVERDUE = """
            state IN ('PUSHED', 'SIGNED_FOR') AND (deadline_at < :now OR follow_up_deadline_at < :now)""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DisposalStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Its handling cases follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "disposal_case");
    }

    /** Opens the case of a new warning; false when it already has one (an event received twice). */
    boolean open(UUID warningId, String enterprise, String hazardSource, String path, HandlingCase c,
                 Instant nextDueAt, Instant at) {
        return jdbc.sql("""
                INSERT INTO disposal_case (warning_id, enterprise_code, hazard_source_code, jurisdiction_path, level,
                    current_level, state, deadline_at, next_due_at, raised_at, updated_at)
                VALUES (:id, :e, :h, :path, :level, :level, :state, :deadline, :next, :at, :at)
                ON CONFLICT (warning_id) DO NOTHING""")
                .param("id", warningId).param("e", enterprise).param("h", hazardSource).param("path", path)
                .param("level", c.level().name()).param("state", c.state().name())
                .param("deadline", ts(c.deadline())).param("next", ts(nextDueAt)).param("at", ts(at))
                .update() == 1;
    }

    Optional<Stored> find(UUID warningId) {
        return jdbc.sql("SELECT * FROM disposal_case WHERE warning_id = :id").param("id", warningId)
                .query((rs, n) -> stored(rs)).optional();
    }

    /** The case, locked for the rest of the transaction. */
    Optional<Stored> lock(UUID warningId) {
        return jdbc.sql("SELECT * FROM disposal_case WHERE warning_id = :id FOR UPDATE").param("id", warningId)
                .query((rs, n) -> stored(rs)).optional();
    }

    /** Cases with a rung or follow-up deadline due, locked; those another node holds are skipped. */
    List<Stored> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM disposal_case WHERE next_due_at < :now ORDER BY next_due_at LIMIT :limit
                FOR UPDATE SKIP LOCKED""")
                .param("now", ts(now)).param("limit", limit).query((rs, n) -> stored(rs)).list();
    }

    /** Writes the case back; the step stamps follow its state change. */
    void save(UUID warningId, HandlingCase c, WarningLevel currentLevel, Instant nextDueAt, Instant now) {
        jdbc.sql("""
                UPDATE disposal_case SET level = :level, current_level = :current, state = :state,
                    deadline_at = :deadline, rungs_taken = :rungs, follow_up_deadline_at = :followUp,
                    follow_up_escalated = :followUpEscalated, lifted = :lifted, next_due_at = :next,
                    updated_at = :now,
                    signed_for_at = CASE WHEN state = 'PUSHED' AND :state = 'SIGNED_FOR' THEN :now
                                         ELSE signed_for_at END,
                    fed_back_at = CASE WHEN state = 'SIGNED_FOR' AND :state IN ('FED_BACK', 'CLOSED') THEN :now
                                       ELSE fed_back_at END,
                    closed_at = CASE WHEN :state = 'CLOSED' THEN coalesce(closed_at, :now) END
                WHERE warning_id = :id""")
                .param("id", warningId).param("level", c.level().name()).param("current", currentLevel.name())
                .param("state", c.state().name()).param("deadline", ts(c.deadline()))
                .param("rungs", c.rungsTaken()).param("followUp", ts(c.followUpDeadline()))
                .param("followUpEscalated", c.followUpEscalated()).param("lifted", c.lifted())
                .param("next", ts(nextDueAt)).param("now", ts(now)).update();
    }

    long addStep(UUID warningId, Instant at, String kind, String actor, String text, Map<String, ?> detail) {
        return jdbc.sql("""
                INSERT INTO disposal_step (warning_id, at, kind, actor, text, detail)
                VALUES (:id, :at, :kind, :actor, :text, CAST(:detail AS jsonb)) RETURNING id""")
                .param("id", warningId).param("at", ts(at)).param("kind", kind).param("actor", actor)
                .param("text", text).param("detail", json.writeValueAsString(detail))
                .query(Long.class).single();
    }

    /** The timeline, oldest first. */
    List<Step> steps(UUID warningId) {
        return jdbc.sql("SELECT * FROM disposal_step WHERE warning_id = :id ORDER BY at, id").param("id", warningId)
                .query((rs, n) -> new Step(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                        rs.getString("actor"), rs.getString("text"))).list();
    }

    void addPhoto(UUID warningId, long stepId, String contentType, byte[] data, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO disposal_photo (id, warning_id, step_id, content_type, size_bytes, data, uploaded_by,
                    uploaded_at) VALUES (:id, :w, :step, :type, :size, :data, :by, :at)""")
                .param("id", UUID.randomUUID()).param("w", warningId).param("step", stepId)
                .param("type", contentType).param("size", data.length).param("data", data).param("by", by)
                .param("at", ts(at)).update();
    }

    /** Photo ids per timeline step of a case. */
    Map<Long, List<UUID>> photoIds(UUID warningId) {
        return jdbc.sql("SELECT id, step_id FROM disposal_photo WHERE warning_id = :w ORDER BY uploaded_at, id")
                .param("w", warningId)
                .query((rs, n) -> Map.entry(rs.getLong("step_id"), rs.getObject("id", UUID.class))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Optional<Photo> photo(UUID warningId, UUID photoId) {
        return jdbc.sql("SELECT * FROM disposal_photo WHERE warning_id = :w AND id = :id")
                .param("w", warningId).param("id", photoId)
                .query((rs, n) -> new Photo(photoId, rs.getLong("step_id"), rs.getString("content_type"),
                        rs.getBytes("data"))).optional();
    }

    /** The enterprise's cases overdue on its side (a verification the regulator owes does not count). */
    int overdueCount(String enterprise, Instant now) {
        return jdbc.sql("SELECT count(*) FROM disposal_case WHERE enterprise_code = :e AND " + ENTERPRISE_OVERDUE)
                .param("e", enterprise).param("now", ts(now)).query(Integer.class).single();
    }

    /** {@link #overdueCount} of every enterprise that has any. */
    Map<String, Integer> overdueCounts(Instant now) {
        return jdbc.sql("SELECT enterprise_code, count(*) AS n FROM disposal_case WHERE " + ENTERPRISE_OVERDUE
                        + " GROUP BY enterprise_code")
                .param("now", ts(now))
                .query((rs, n) -> Map.entry(rs.getString("enterprise_code"), rs.getInt("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Cases in the scope, optionally of one state or overdue at {@code now}. */
    List<Stored> list(JurisdictionScope scope, CaseState state, boolean overdue, Instant now, int limit) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("SELECT * FROM disposal_case WHERE" + where.sql()
                        + "AND (CAST(:state AS text) IS NULL OR state = :state)"
                        + (overdue ? " AND " + OVERDUE : "")
                        + " ORDER BY raised_at DESC LIMIT :limit"))
                .param("state", state == null ? null : state.name()).param("now", ts(now)).param("limit", limit)
                .query((rs, n) -> stored(rs)).list();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        HandlingCase c = new HandlingCase(WarningLevel.valueOf(rs.getString("level")),
                CaseState.valueOf(rs.getString("state")), instant(rs, "deadline_at"), rs.getInt("rungs_taken"),
                instant(rs, "follow_up_deadline_at"), rs.getBoolean("follow_up_escalated"), rs.getBoolean("lifted"));
        return new Stored(rs.getObject("warning_id", UUID.class), rs.getString("enterprise_code"),
                rs.getString("hazard_source_code"), rs.getString("jurisdiction_path"),
                WarningLevel.valueOf(rs.getString("current_level")), c, instant(rs, "raised_at"),
                instant(rs, "signed_for_at"), instant(rs, "fed_back_at"), instant(rs, "closed_at"));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
