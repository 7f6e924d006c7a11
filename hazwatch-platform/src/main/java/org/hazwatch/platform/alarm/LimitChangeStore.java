package org.hazwatch.platform.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.EnterprisePaths;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code alarm_limit_change}. */
@Repository
class LimitChangeStore {

    /** A stored change with where its enterprise lies. */
    record Stored(LimitChange change, String jurisdictionPath) {
    }

    private final JdbcClient jdbc;

    LimitChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Its changes follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "alarm_limit_change");
    }

    void add(LimitChange c, String path) {
        LimitSettings b = c.before();
        LimitSettings a = c.after();
        jdbc.sql("""
                INSERT INTO alarm_limit_change (id, enterprise_code, point_code, jurisdiction_path,
                    before_ll, before_l, before_h, before_hh, before_deadband, before_on_delay, before_off_delay,
                    after_ll, after_l, after_h, after_hh, after_deadband, after_on_delay, after_off_delay,
                    reason, replay_from, replay_to, episodes_before, episodes_after, status, applied_by, applied_at)
                VALUES (:id, :e, :p, :path, :bll, :bl, :bh, :bhh, :bdb, :bon, :boff, :all, :al, :ah, :ahh, :adb, :aon,
                    :aoff, :reason, :rfrom, :rto, :eb, :ea, :status, :by, :at)""")
                .param("id", c.id()).param("e", c.enterpriseCode()).param("p", c.pointCode()).param("path", path)
                .param("bll", b.ll()).param("bl", b.l()).param("bh", b.h()).param("bhh", b.hh())
                .param("bdb", b.deadband()).param("bon", b.onDelaySeconds()).param("boff", b.offDelaySeconds())
                .param("all", a.ll()).param("al", a.l()).param("ah", a.h()).param("ahh", a.hh())
                .param("adb", a.deadband()).param("aon", a.onDelaySeconds()).param("aoff", a.offDelaySeconds())
                .param("reason", c.reason()).param("rfrom", timestamp(c.replayFrom()))
                .param("rto", timestamp(c.replayTo())).param("eb", c.episodesBefore()).param("ea", c.episodesAfter())
                .param("status", c.status().name()).param("by", c.appliedBy()).param("at", timestamp(c.appliedAt()))
                .update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT * FROM alarm_limit_change WHERE id = :id").param("id", id)
                .query((rs, n) -> stored(rs)).optional();
    }

    void respond(UUID id, LimitChangeStatus status, String response, String by, Instant at) {
        jdbc.sql("""
                UPDATE alarm_limit_change SET status = :status, response = :response, responded_by = :by,
                    responded_at = :at WHERE id = :id""")
                .param("id", id).param("status", status.name()).param("response", response).param("by", by)
                .param("at", timestamp(at)).update();
    }

    /** The changes in the scope, of one point when given, newest first. */
    List<LimitChange> list(JurisdictionScope scope, String pointCode, int limit) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql("""
                SELECT * FROM alarm_limit_change WHERE %s
                  AND (CAST(:point AS text) IS NULL OR point_code = :point)
                ORDER BY applied_at DESC LIMIT :limit""".formatted(where.sql())))
                .param("point", pointCode).param("limit", limit)
                .query((rs, n) -> stored(rs).change()).list();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        LimitChange change = new LimitChange(rs.getObject("id", UUID.class), rs.getString("enterprise_code"),
                rs.getString("point_code"), settings(rs, "before_"), settings(rs, "after_"), rs.getString("reason"),
                instant(rs, "replay_from"), instant(rs, "replay_to"), integer(rs, "episodes_before"),
                integer(rs, "episodes_after"), LimitChangeStatus.valueOf(rs.getString("status")),
                rs.getString("applied_by"), instant(rs, "applied_at"), rs.getString("response"),
                rs.getString("responded_by"), instant(rs, "responded_at"));
        return new Stored(change, rs.getString("jurisdiction_path"));
    }

    private static LimitSettings settings(ResultSet rs, String prefix) throws SQLException {
        return new LimitSettings(number(rs, prefix + "ll"), number(rs, prefix + "l"), number(rs, prefix + "h"),
                number(rs, prefix + "hh"), rs.getDouble(prefix + "deadband"), rs.getLong(prefix + "on_delay"),
                rs.getLong(prefix + "off_delay"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
