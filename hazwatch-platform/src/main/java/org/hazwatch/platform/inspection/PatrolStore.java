package org.hazwatch.platform.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.hazwatch.platform.support.EnterprisePaths;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The patrol records, spot-check lists and missed rounds (tables of V1200). */
@Repository
class PatrolStore {

    private static final TypeReference<List<PatrolRecordView.RecordedItem>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<Attachment>> SNAPSHOTS = new TypeReference<>() {
    };

    /** A record with where its enterprise lies, for scope checks. */
    record Stored(PatrolRecordView view, String jurisdictionPath) {
    }

    /** One record of a day, reduced to what compliance counts. */
    record Done(String enterpriseCode, String jurisdictionPath, String kind, PatrolRound round, String byJurisdiction) {
    }

    /** One enterprise of a spot-check list. */
    record Listed(String enterpriseCode, String jurisdictionPath, LocalDate periodStart, LocalDate periodEnd) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PatrolStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "patrol_record", "spot_check_list",
                "patrol_verification");
    }

    void add(PatrolRecordView r, String path, String byJurisdiction, String byPath) {
        jdbc.sql("""
                INSERT INTO patrol_record (id, enterprise_code, jurisdiction_path, kind, round, day, items, note,
                    snapshots, by_jurisdiction, by_path, recorded_by, recorded_at)
                VALUES (:id, :e, :path, :kind, :round, :day, CAST(:items AS jsonb), :note, CAST(:snapshots AS jsonb),
                    :byJ, :byPath, :by, :at)""")
                .param("id", r.id()).param("e", r.enterpriseCode()).param("path", path).param("kind", r.kind())
                .param("round", r.round() == null ? null : r.round().name()).param("day", r.day())
                .param("items", json.writeValueAsString(r.items())).param("note", r.note())
                .param("snapshots", json.writeValueAsString(r.snapshots())).param("byJ", byJurisdiction)
                .param("byPath", byPath).param("by", r.recordedBy()).param("at", Timestamp.from(r.recordedAt()))
                .update();
    }

    void addSnapshots(UUID id, List<Attachment> all) {
        jdbc.sql("UPDATE patrol_record SET snapshots = CAST(:s AS jsonb) WHERE id = :id")
                .param("s", json.writeValueAsString(all)).param("id", id).update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT * FROM patrol_record WHERE id = :id").param("id", id)
                .query((rs, n) -> new Stored(view(rs), rs.getString("jurisdiction_path"))).optional();
    }

    /** The records of a day in the scope, newest first. */
    List<PatrolRecordView> ofDay(JurisdictionScope scope, LocalDate day) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("SELECT * FROM patrol_record WHERE day = :day AND " + where.sql()
                        + " ORDER BY recorded_at DESC"))
                .param("day", day).query((rs, n) -> view(rs)).list();
    }

    /** What compliance counts: the records of a day beneath a path. */
    List<Done> done(String underPath, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT enterprise_code, jurisdiction_path, kind, round, by_jurisdiction FROM patrol_record
                WHERE day BETWEEN :from AND :to AND starts_with(jurisdiction_path, :path)""")
                .param("from", from).param("to", to).param("path", underPath)
                .query((rs, n) -> new Done(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : PatrolRound.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** Whether a spot-check list of the node and period exists. */
    boolean listed(String jurisdictionCode, LocalDate periodStart) {
        return jdbc.sql("SELECT count(*) FROM spot_check_list WHERE jurisdiction_code = :j AND period_start = :p")
                .param("j", jurisdictionCode).param("p", periodStart).query(Long.class).single() > 0;
    }

    void list(String jurisdictionCode, LocalDate periodStart, LocalDate periodEnd, List<Listed> enterprises,
              Instant at) {
        for (Listed e : enterprises) {
            jdbc.sql("""
                    INSERT INTO spot_check_list (jurisdiction_code, period_start, period_end, enterprise_code,
                        jurisdiction_path, drawn_at)
                    VALUES (:j, :from, :to, :e, :path, :at) ON CONFLICT DO NOTHING""")
                    .param("j", jurisdictionCode).param("from", periodStart).param("to", periodEnd)
                    .param("e", e.enterpriseCode()).param("path", e.jurisdictionPath())
                    .param("at", Timestamp.from(at)).update();
        }
    }

    /** The spot-check list of a node for the period that starts on {@code periodStart}. */
    List<Listed> spotChecks(String jurisdictionCode, LocalDate periodStart) {
        return jdbc.sql("""
                SELECT enterprise_code, jurisdiction_path, period_start, period_end FROM spot_check_list
                WHERE jurisdiction_code = :j AND period_start = :p ORDER BY enterprise_code""")
                .param("j", jurisdictionCode).param("p", periodStart)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class))).list();
    }

    /** Records a missed round; false when it was recorded before. */
    boolean recordMiss(PatrolRoundMissed m, Instant at) {
        return jdbc.sql("""
                INSERT INTO patrol_round_missed (jurisdiction_code, day, round, jurisdiction_path, due, patrolled,
                    detected_at)
                VALUES (:j, :day, :round, :path, :due, :done, :at) ON CONFLICT DO NOTHING""")
                .param("j", m.jurisdictionCode()).param("day", m.day()).param("round", m.round().name())
                .param("path", m.jurisdictionPath()).param("due", m.due()).param("done", m.patrolled())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** The rounds of the day found missed beneath a path, as {@code code/ROUND path}. */
    List<String> misses(String underPath, LocalDate day) {
        return jdbc.sql("""
                SELECT jurisdiction_code || '/' || round || ' ' || jurisdiction_path FROM patrol_round_missed
                WHERE day = :day AND starts_with(jurisdiction_path, :path)""")
                .param("day", day).param("path", underPath).query(String.class).list();
    }

    private PatrolRecordView view(ResultSet rs) throws SQLException {
        String round = rs.getString("round");
        return new PatrolRecordView(rs.getObject("id", UUID.class), rs.getString("enterprise_code"),
                rs.getString("kind"), round == null ? null : PatrolRound.valueOf(round),
                rs.getObject("day", LocalDate.class), json.readValue(rs.getString("items"), ITEMS),
                rs.getString("note"), json.readValue(rs.getString("snapshots"), SNAPSHOTS),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), null);
    }
}
