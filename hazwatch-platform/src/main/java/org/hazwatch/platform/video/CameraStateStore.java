package org.hazwatch.platform.video;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each camera's state ({@code camera_state}) and its online spans ({@code camera_presence}, the seam read through
 * {@link CameraPresence}). Called inside the caller's transaction; a camera's row is locked while it is judged.
 */
@Repository
class CameraStateStore {

    /** A camera's state as stored. */
    record State(String camera, String enterpriseCode, boolean online, Instant lastSeen, Instant offlineSince,
                 boolean alarmed) {
    }

    private final JdbcClient jdbc;

    CameraStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<State> locked(String camera) {
        return jdbc.sql("SELECT * FROM camera_state WHERE camera_code = :c FOR UPDATE").param("c", camera)
                .query(CameraStateStore::state).optional();
    }

    Map<String, State> ofEnterprise(String enterpriseCode) {
        return jdbc.sql("SELECT * FROM camera_state WHERE enterprise_code = :e").param("e", enterpriseCode)
                .query(CameraStateStore::state).list().stream().collect(Collectors.toMap(State::camera, s -> s));
    }

    /** The state of every camera of the given enterprises, in one query (the overview's map of a province). */
    Map<String, Map<String, State>> ofEnterprises(List<String> enterpriseCodes) {
        return jdbc.sql("SELECT * FROM camera_state WHERE enterprise_code = ANY(:e)")
                .param("e", enterpriseCodes.toArray(String[]::new)).query(CameraStateStore::state).list().stream()
                .collect(Collectors.groupingBy(State::enterpriseCode, Collectors.toMap(State::camera, s -> s)));
    }

    /** Cameras online as last judged but not heard since before {@code cutoff}. */
    List<State> silentSince(Instant cutoff) {
        return jdbc.sql("SELECT * FROM camera_state WHERE online AND last_seen < :cutoff ORDER BY camera_code")
                .param("cutoff", ts(cutoff)).query(CameraStateStore::state).list();
    }

    /** Cameras offline whose alarm is not raised (yet, or excused by a filing). */
    List<State> offlineUnalarmed() {
        return jdbc.sql("SELECT * FROM camera_state WHERE NOT online AND NOT alarmed ORDER BY camera_code")
                .query(CameraStateStore::state).list();
    }

    void save(State s) {
        jdbc.sql("""
                INSERT INTO camera_state (camera_code, enterprise_code, online, last_seen, offline_since, alarmed)
                VALUES (:c, :e, :online, :seen, :since, :alarmed)
                ON CONFLICT (camera_code) DO UPDATE SET online = excluded.online, last_seen = excluded.last_seen,
                    offline_since = excluded.offline_since, alarmed = excluded.alarmed""")
                .param("c", s.camera()).param("e", s.enterpriseCode()).param("online", s.online())
                .param("seen", ts(s.lastSeen())).param("since", ts(s.offlineSince())).param("alarmed", s.alarmed())
                .update();
    }

    /** Opens an online span at {@code since} unless one is open. */
    void openSpan(String camera, String enterpriseCode, Instant since) {
        jdbc.sql("""
                INSERT INTO camera_presence (camera_code, enterprise_code, since)
                SELECT :c, :e, :since WHERE NOT EXISTS (
                    SELECT 1 FROM camera_presence WHERE camera_code = :c AND until IS NULL)
                ON CONFLICT DO NOTHING""")
                .param("c", camera).param("e", enterpriseCode).param("since", ts(since)).update();
    }

    /** Closes the open span (if any) at {@code until}, never before it began. */
    void closeSpan(String camera, Instant until) {
        jdbc.sql("UPDATE camera_presence SET until = greatest(since, :until) WHERE camera_code = :c AND until IS NULL")
                .param("c", camera).param("until", ts(until)).update();
    }

    private static State state(ResultSet rs, int row) throws SQLException {
        return new State(rs.getString("camera_code"), rs.getString("enterprise_code"), rs.getBoolean("online"),
                instant(rs, "last_seen"), instant(rs, "offline_since"), rs.getBoolean("alarmed"));
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
