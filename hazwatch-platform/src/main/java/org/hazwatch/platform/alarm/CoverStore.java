package org.hazwatch.platform.alarm;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.AlarmKey;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Covers;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shelves, suppressions by design and out-of-service periods (table {@code alarm_cover}). */
@Repository
class CoverStore {

    private static final String INSERT = """
            INSERT INTO alarm_cover (id, type, enterprise_code, jurisdiction_path, point_code, kind, target,
                point_codes, from_at, until_at, by_actor, reason)
            VALUES (:id, :type, :enterprise, :path, :point, :kind, :target, :points, :from, :until, :by, :reason)""";

    private final JdbcClient jdbc;

    CoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Covers.Shelf s, String path) {
        insert(s.id(), "SHELVED", s.key().enterpriseCode().code(), path, s.from(), s.until(), s.by(), s.reason())
                .param("point", s.key().subject())
                .param("kind", s.key().kind().name()).update();
    }

    void add(Covers.Suppression s, String enterpriseCode, String path) {
        insert(s.id(), "SUPPRESSED", enterpriseCode, path, s.from(), s.until(), s.by(), s.reason())
                .param("target", s.target()).update();
    }

    void add(Covers.OutOfServicePeriod p, String path, String by) {
        insert(p.id(), "OUT_OF_SERVICE", p.enterpriseCode(), path, p.from(), p.until(), by, p.reference())
                .param("points", p.pointCodes().toArray(String[]::new)).update();
    }

    /** Ends a cover now; returns false when there was none still standing. */
    boolean end(UUID id, Instant at) {
        return jdbc.sql("UPDATE alarm_cover SET until_at = :at WHERE id = :id AND (until_at IS NULL OR until_at > :at)")
                .param("id", id).param("at", AlarmStore.ts(at)).update() == 1;
    }

    /** Every cover ever put; the engine keeps them to judge back-filled readings too. */
    void loadInto(Covers covers) {
        jdbc.sql("SELECT * FROM alarm_cover").query((ResultSet rs) -> {
            UUID id = rs.getObject("id", UUID.class);
            Instant from = AlarmStore.instant(rs, "from_at");
            Instant until = AlarmStore.instant(rs, "until_at");
            switch (rs.getString("type")) {
                case "SHELVED" -> covers.put(new Covers.Shelf(id, AlarmKey.of(
                        EnterpriseCode.of(rs.getString("enterprise_code")),
                        rs.getString("point_code"), AlarmKind.valueOf(rs.getString("kind"))),
                        rs.getString("by_actor"), rs.getString("reason"), from, until));
                case "SUPPRESSED" -> covers.put(new Covers.Suppression(id, rs.getString("target"),
                        rs.getString("by_actor"), rs.getString("reason"), from, until));
                default -> covers.put(new Covers.OutOfServicePeriod(id, rs.getString("enterprise_code"),
                        points(rs.getArray("point_codes")), from, until, rs.getString("reason")));
            }
        });
    }

    /** Suppressions standing now (or later) that the actor's query names by enterprise or jurisdiction. */
    List<SuppressionView> suppressions(JurisdictionScope scope, Instant now) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("""
                SELECT id, enterprise_code, target, by_actor, reason, from_at, until_at FROM alarm_cover
                WHERE type = 'SUPPRESSED' AND (until_at IS NULL OR until_at > :now) AND %s
                ORDER BY from_at""".formatted(where.sql())))
                .param("now", AlarmStore.ts(now))
                .query((rs, n) -> new SuppressionView(rs.getObject("id", UUID.class), rs.getString("enterprise_code"),
                        rs.getString("target"), rs.getString("by_actor"), rs.getString("reason"),
                        AlarmStore.instant(rs, "from_at"), AlarmStore.instant(rs, "until_at"))).list();
    }

    /** The enterprise and path of a standing cover of the given type; null when there is none. */
    String[] placeOf(UUID id, String type) {
        return jdbc.sql("SELECT enterprise_code, jurisdiction_path FROM alarm_cover WHERE id = :id AND type = :type")
                .param("id", id).param("type", type)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional().orElse(null);
    }

    private JdbcClient.StatementSpec insert(UUID id, String type, String enterprise, String path, Instant from,
                                            Instant until, String by, String reason) {
        return jdbc.sql(INSERT).param("id", id).param("type", type).param("enterprise", enterprise)
                .param("path", path).param("from", AlarmStore.ts(from)).param("until", AlarmStore.ts(until))
                .param("by", by).param("reason", reason).param("point", null).param("kind", null)
                .param("target", null).param("points", null);
    }

    private static Set<String> points(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }
}
