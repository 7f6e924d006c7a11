package org.hazwatch.platform.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of alarm episodes for people, scoped to what the actor sees. */
@Repository
class AlarmQueries {

    /**
     * @param active only open episodes whose condition stands or that still wait for acknowledgement
     * @param jurisdictionPath beneath this path, or null; it narrows what the actor sees, never widens it
     */
    public record Filter(boolean active, String enterpriseCode, String jurisdictionPath, String kind, String severity,
                  Instant from, Instant to, int limit) {
    }

    /**
     * t-read (issue 17): only the filters given are in the statement ({@code %s%s}: the scope, then the others), so
     * nothing is left for PostgreSQL to fold away per call, and a generic plan (a statement a pooled connection has
     * prepared) can still use the partial index {@code alarm_episode_open} for an open list and bound
     * {@code raised_at} by the index; {@code (:x IS NULL OR …)} of an absent filter allowed neither.
     */
    private static final String LIST = """
            SELECT %s FROM alarm_episode WHERE %s%s ORDER BY raised_at DESC, id LIMIT :limit""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AlarmQueries(JdbcClient jdbc, HazwatchProperties hazwatch) {
        this.jdbc = jdbc;
        this.zone = hazwatch.zone();
    }

    public List<AlarmView> list(Actor actor, Filter f) {
        JurisdictionScope.Condition scope = actor.scope().under(f.jurisdictionPath())
                .ofEnterprise(f.enterpriseCode()).on("jurisdiction_path", "enterprise_code");
        StringBuilder narrowed = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", f.limit());
        if (f.active()) {
            narrowed.append(" AND state <> 'NORMAL'");
        }
        narrow(narrowed, params, "kind = :kind", "kind", f.kind());
        narrow(narrowed, params, "severity = :severity", "severity", f.severity());
        narrow(narrowed, params, "raised_at >= :from", "from", AlarmStore.ts(f.from()));
        narrow(narrowed, params, "raised_at < :to", "to", AlarmStore.ts(f.to()));
        return scope.bind(jdbc.sql(LIST.formatted(AlarmStore.EPISODE_COLUMNS, scope.sql(), narrowed)))
                .params(params).query((rs, n) -> view(rs)).list();
    }

    private static void narrow(StringBuilder where, Map<String, Object> params, String condition, String name,
                               Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    /** The episode if the actor sees it. */
    public Optional<AlarmView> one(Actor actor, UUID id) {
        return jdbc.sql("SELECT " + AlarmStore.EPISODE_COLUMNS + " FROM alarm_episode WHERE id = :id")
                .param("id", id).query((rs, n) -> view(rs)).optional()
                .filter(v -> actor.sees(v.enterpriseCode(), v.jurisdictionPath()));
    }

    public List<AlarmView.TransitionView> transitions(UUID id) {
        return jdbc.sql("""
                SELECT seq, kind, at, recorded_at, actor, from_state, to_state, severity, value, note
                FROM alarm_transition WHERE episode_id = :id ORDER BY seq""").param("id", id)
                .query((rs, n) -> new AlarmView.TransitionView(rs.getInt("seq"), rs.getString("kind"),
                        AlarmView.shown(AlarmStore.instant(rs, "at"), zone),
                        AlarmView.shown(AlarmStore.instant(rs, "recorded_at"), zone), rs.getString("actor"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("severity"),
                        rs.getObject("value") == null ? null : rs.getDouble("value"), rs.getString("note")))
                .list();
    }

    private AlarmView view(ResultSet rs) throws SQLException {
        return AlarmView.of(AlarmStore.episode(rs), rs.getString("jurisdiction_path"), zone);
    }
}
