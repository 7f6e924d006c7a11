package org.hazwatch.platform.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.EnterprisePaths;
import org.hazwatch.platform.warning.rules.Assessment;
import org.hazwatch.platform.warning.rules.ChangeKind;
import org.hazwatch.platform.warning.rules.WarningFactor;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The tables {@code warning} and {@code warning_event} (V8): warnings and every change of them. */
@Repository
class WarningStore {

    /** A standing warning as the engine takes it up again after a restart. */
    record StandingRow(UUID id, String enterpriseCode, String hazardSourceCode, WarningLevel level,
                       Set<String> signature) {
    }

    static final String COLUMNS = """
            id, enterprise_code, hazard_source_code, jurisdiction_path, level, peak_level, status, raised_at,
            lifted_at, updated_at, score, factors::text AS factors""";

    private static final TypeReference<List<WarningFactor>> FACTORS = new TypeReference<>() {
    };
    private static final TypeReference<Set<String>> SIGNATURE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    WarningStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Its warnings follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "warning");
    }

    List<StandingRow> standing() {
        return jdbc.sql("""
                SELECT id, enterprise_code, hazard_source_code, level, signature::text AS signature
                FROM warning WHERE status = 'STANDING'""")
                .query((rs, n) -> new StandingRow(rs.getObject("id", UUID.class), rs.getString("enterprise_code"),
                        rs.getString("hazard_source_code"), WarningLevel.valueOf(rs.getString("level")),
                        json.readValue(rs.getString("signature"), SIGNATURE)))
                .list();
    }

    void raise(UUID id, String jurisdictionPath, Assessment a, Instant at) {
        jdbc.sql("""
                INSERT INTO warning (id, enterprise_code, hazard_source_code, jurisdiction_path, level, peak_level,
                    status, raised_at, updated_at, score, factors, signature)
                VALUES (:id, :enterprise, :source, :path, :level, :level, 'STANDING', :at, :at, :score,
                    CAST(:factors AS jsonb), CAST(:signature AS jsonb))""")
                .param("id", id).param("enterprise", a.enterpriseCode().code())
                .param("source", Objects.toString(a.hazardSourceCode(), null))
                .param("path", jurisdictionPath).param("level", a.level().name()).param("at", ts(at))
                .param("score", a.score()).param("factors", json.writeValueAsString(a.factors()))
                .param("signature", json.writeValueAsString(a.signature())).update();
        event(id, at, ChangeKind.RAISED, null, a.level(), a);
    }

    /** Stores the warning's level and factors as assessed; records the change when there is one. */
    void update(UUID id, ChangeKind kind, WarningLevel from, WarningLevel to, Assessment a, Instant at) {
        jdbc.sql("""
                UPDATE warning SET level = :level,
                    peak_level = CASE WHEN :rank < (array_position(ARRAY['RED','ORANGE','YELLOW','BLUE'],
                        peak_level::text)) THEN :level ELSE peak_level END,
                    updated_at = :at, score = :score, factors = CAST(:factors AS jsonb),
                    signature = CAST(:signature AS jsonb)
                WHERE id = :id""")
                .param("id", id).param("level", to.name()).param("rank", to.ordinal() + 1).param("at", ts(at))
                .param("score", a.score()).param("factors", json.writeValueAsString(a.factors()))
                .param("signature", json.writeValueAsString(a.signature())).update();
        if (kind != null) {
            event(id, at, kind, from, to, a);
        }
    }

    void lift(UUID id, WarningLevel lastLevel, Assessment a, Instant at) {
        jdbc.sql("""
                UPDATE warning SET status = 'LIFTED', lifted_at = :at, updated_at = :at, score = :score,
                    factors = CAST(:factors AS jsonb), signature = CAST(:signature AS jsonb)
                WHERE id = :id""")
                .param("id", id).param("at", ts(at)).param("score", a.score())
                .param("factors", json.writeValueAsString(a.factors()))
                .param("signature", json.writeValueAsString(a.signature())).update();
        event(id, at, ChangeKind.LIFTED, lastLevel, null, a);
    }

    private void event(UUID id, Instant at, ChangeKind kind, WarningLevel from, WarningLevel to, Assessment a) {
        jdbc.sql("""
                INSERT INTO warning_event (warning_id, at, kind, from_level, level, score, factors)
                VALUES (:id, :at, :kind, :from, :level, :score, CAST(:factors AS jsonb))""")
                .param("id", id).param("at", ts(at)).param("kind", kind.name())
                .param("from", from == null ? null : from.name()).param("level", to == null ? null : to.name())
                .param("score", a.score()).param("factors", json.writeValueAsString(a.factors())).update();
    }

    List<WarningFactor> factors(String text) {
        return json.readValue(text, FACTORS);
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
