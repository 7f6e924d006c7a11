package org.hazwatch.platform.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hazwatch.platform.alarm.rules.AlarmBoard;
import org.hazwatch.platform.alarm.rules.AlarmKey;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Cover;
import org.hazwatch.platform.alarm.rules.Episode;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.alarm.rules.Transition;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.EnterprisePaths;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Episodes, transitions and the engine's progress and saved state (tables {@code alarm_episode} and friends). */
@Repository
class AlarmStore {

    /** Where the engine is: see the table's comment. {@code conditions} is the state saved before issue 17. */
    record EngineState(Instant evaluatedThrough, Instant savedThrough, byte[] conditions) {
    }

    /** A row of {@code alarm_condition_image}: every point's conditions ({@code whole}), or those changed. */
    record ConditionImage(boolean whole, Instant savedThrough, byte[] image) {
    }

    private static final String UPSERT_EPISODE = """
            INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity, priority,
                state, active, acknowledged, cover, raised_at, cleared_at, peak_value, late, seq)
            VALUES (:id, :enterprise, :point, :path, :kind, :severity, :priority, :state, :active, :acknowledged,
                :cover, :raisedAt, :clearedAt, :peak, :late, :seq)
            ON CONFLICT (id) DO UPDATE SET severity = excluded.severity, priority = excluded.priority,
                state = excluded.state, active = excluded.active, acknowledged = excluded.acknowledged,
                cover = excluded.cover, cleared_at = excluded.cleared_at, peak_value = excluded.peak_value,
                seq = excluded.seq
            WHERE alarm_episode.seq <= excluded.seq""";

    private static final String INSERT_TRANSITION = """
            INSERT INTO alarm_transition (episode_id, seq, at, actor, kind, from_state, to_state, severity, value, note)
            VALUES (:episode, :seq, :at, :actor, :kind, :from, :to, :severity, :value, :note)
            ON CONFLICT DO NOTHING""";

    static final String EPISODE_COLUMNS = """
            id, enterprise_code, point_code, jurisdiction_path, kind, severity, priority, state, active,
            acknowledged, cover, raised_at, cleared_at, peak_value, late, seq""";

    private final JdbcClient jdbc;

    AlarmStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Its alarm episodes and covers follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "alarm_episode", "alarm_cover");
    }

    /** Stores what changed; storing the same again (a replay after a restart) changes nothing. */
    void save(AlarmBoard.Changes changes, Function<EnterpriseCode, String> pathOf) {
        for (Episode e : changes.episodes()) {
            jdbc.sql(UPSERT_EPISODE).param("id", e.id()).param("enterprise", e.key().enterpriseCode().code())
                    .param("point", e.key().subject())
                    .param("path", pathOf.apply(e.key().enterpriseCode()))
                    .param("kind", e.key().kind().name()).param("severity", e.severity().name())
                    .param("priority", e.severity().priority().name()).param("state", e.state().name())
                    .param("active", e.active()).param("acknowledged", e.acknowledged())
                    .param("cover", e.cover().name()).param("raisedAt", ts(e.raisedAt()))
                    .param("clearedAt", ts(e.clearedAt()))
                    .param("peak", Double.isNaN(e.peakValue()) ? null : e.peakValue())
                    .param("late", e.late()).param("seq", e.seq()).update();
        }
        for (Transition t : changes.transitions()) {
            jdbc.sql(INSERT_TRANSITION).param("episode", t.episodeId()).param("seq", t.seq()).param("at", ts(t.at()))
                    .param("actor", t.actor()).param("kind", t.kind().name()).param("from", t.from().name())
                    .param("to", t.to().name()).param("severity", t.severity().name()).param("value", t.value())
                    .param("note", t.note()).update();
        }
    }

    List<Episode> openEpisodes() {
        return jdbc.sql("SELECT " + EPISODE_COLUMNS + " FROM alarm_episode WHERE state <> 'NORMAL'")
                .query((rs, n) -> episode(rs)).list();
    }

    EngineState state() {
        return jdbc.sql("SELECT evaluated_through, saved_through, conditions FROM alarm_engine_state")
                .query((rs, n) -> new EngineState(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getBytes(3))).single();
    }

    void evaluatedThrough(Instant receivedAt) {
        jdbc.sql("UPDATE alarm_engine_state SET evaluated_through = greatest(evaluated_through, :at)")
                .param("at", ts(receivedAt)).update();
    }

    /** The newest whole image of the conditions and every row after it, in the order they were written. */
    List<ConditionImage> conditionImages() {
        return jdbc.sql("""
                SELECT whole, saved_through, image FROM alarm_condition_image
                WHERE id >= (SELECT coalesce(max(id), 0) FROM alarm_condition_image WHERE whole)
                ORDER BY id""")
                .query((rs, n) -> new ConditionImage(rs.getBoolean(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3)))
                .list();
    }

    /**
     * Saves the conditions as of the group received at {@code receivedAt}; a whole image makes the rows before it
     * useless, so they go.
     */
    void saveConditions(Instant receivedAt, boolean whole, int points, byte[] image) {
        long id = jdbc.sql("""
                INSERT INTO alarm_condition_image (whole, saved_through, points, image)
                VALUES (:whole, :at, :points, :image) RETURNING id""")
                .param("whole", whole).param("at", ts(receivedAt)).param("points", points).param("image", image)
                .query(Long.class).single();
        if (whole) {
            jdbc.sql("DELETE FROM alarm_condition_image WHERE id < :id").param("id", id).update();
        }
        jdbc.sql("""
                UPDATE alarm_engine_state SET saved_through = :at, conditions = NULL,
                    evaluated_through = greatest(evaluated_through, :at)""")
                .param("at", ts(receivedAt)).update();
    }

    static Episode episode(ResultSet rs) throws SQLException {
        AlarmKey key = AlarmKey.of(EnterpriseCode.of(rs.getString("enterprise_code")), rs.getString("point_code"),
                AlarmKind.valueOf(rs.getString("kind")));
        double peak = rs.getObject("peak_value") == null ? Double.NaN : rs.getDouble("peak_value");
        return new Episode(rs.getObject("id", UUID.class), key, Severity.valueOf(rs.getString("severity")),
                rs.getBoolean("active"), rs.getBoolean("acknowledged"), Cover.valueOf(rs.getString("cover")),
                instant(rs, "raised_at"), instant(rs, "cleared_at"), peak,
                rs.getBoolean("late"), rs.getInt("seq"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
