package org.hazwatch.platform.filing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.filing.rules.FiledPeriod;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingStatus;
import org.hazwatch.platform.filing.rules.FilingType;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.EnterprisePaths;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code filing}. */
@Repository
class FilingStore {

    /** A stored filing with where it lies and its out-of-service period. */
    record Stored(FilingView view, String jurisdictionPath, UUID periodId) {
    }

    private final JdbcClient jdbc;

    FilingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Its filings follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "filing");
    }

    void add(FilingView f, String path, UUID periodId) {
        jdbc.sql("""
                INSERT INTO filing (id, enterprise_code, jurisdiction_path, type, scope, targets, point_codes, from_at,
                    until_at, reason, status, filed_by, filed_at, period_id)
                VALUES (:id, :e, :path, :type, :scope, :targets, :points, :from, :until, :reason, :status, :by, :at,
                    :period)""")
                .param("id", f.id()).param("e", f.enterpriseCode()).param("path", path)
                .param("type", f.type().name()).param("scope", f.scope().name())
                .param("targets", f.targets().toArray(String[]::new))
                .param("points", f.pointCodes().toArray(String[]::new))
                .param("from", Timestamp.from(f.from())).param("until", Timestamp.from(f.until()))
                .param("reason", f.reason()).param("status", f.status().name()).param("by", f.filedBy())
                .param("at", Timestamp.from(f.filedAt())).param("period", periodId).update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT * FROM filing WHERE id = :id").param("id", id).query((rs, n) -> stored(rs)).optional();
    }

    void respond(UUID id, FilingStatus status, String response, String by, Instant at) {
        jdbc.sql("""
                UPDATE filing SET status = :status, response = :response, responded_by = :by, responded_at = :at
                WHERE id = :id""")
                .param("id", id).param("status", status.name()).param("response", response).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    void withdraw(UUID id, Instant until) {
        jdbc.sql("UPDATE filing SET status = 'WITHDRAWN', until_at = :until WHERE id = :id")
                .param("id", id).param("until", Timestamp.from(until)).update();
    }

    /**
     * Filings of the enterprises in the scope, optionally only those whose period holds at {@code at}, newest
     * first.
     */
    List<FilingView> list(JurisdictionScope scope, Instant at, int limit) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("""
                SELECT * FROM filing WHERE %s
                  AND (CAST(:at AS timestamptz) IS NULL OR (from_at <= :at AND until_at > :at))
                ORDER BY from_at DESC LIMIT :limit""".formatted(where.sql())))
                .param("at", at == null ? null : Timestamp.from(at)).param("limit", limit)
                .query((rs, n) -> stored(rs).view()).list();
    }

    /** Every filing whose period overlaps {@code [from, to)}, of any scope and status (for data quality). */
    List<FilingView> overlapping(Instant from, Instant to) {
        return jdbc.sql("SELECT * FROM filing WHERE from_at < :to AND until_at > :from ORDER BY enterprise_code, from_at")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> stored(rs).view()).list();
    }

    /** The periods of an enterprise's filings that overlap the instant (cameras' filings cover no point). */
    List<FiledPeriod> periodsAt(String enterprise, Instant at) {
        return jdbc.sql("""
                SELECT * FROM filing WHERE enterprise_code = :e AND from_at <= :at AND until_at > :at
                  AND scope <> 'CAMERAS'""")
                .param("e", enterprise).param("at", Timestamp.from(at))
                .query((rs, n) -> {
                    FilingView v = stored(rs).view();
                    return new FiledPeriod(v.enterpriseCode(), Set.copyOf(v.pointCodes()), v.from(),
                            v.until());
                }).list();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        FilingView view = new FilingView(rs.getObject("id", UUID.class), rs.getString("enterprise_code"),
                FilingType.valueOf(rs.getString("type")), FilingScope.valueOf(rs.getString("scope")),
                strings(rs.getArray("targets")), strings(rs.getArray("point_codes")), instant(rs, "from_at"),
                instant(rs, "until_at"), rs.getString("reason"), FilingStatus.valueOf(rs.getString("status")),
                rs.getString("filed_by"), instant(rs, "filed_at"), rs.getString("response"),
                rs.getString("responded_by"), instant(rs, "responded_at"));
        return new Stored(view, rs.getString("jurisdiction_path"), rs.getObject("period_id", UUID.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
