package org.hazwatch.platform.video;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.EnterprisePaths;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event clips ({@code video_clip}); their files are under the data directory ({@link ClipFiles}). */
@Repository
class ClipStore {

    enum State { ORDERED, STORED, LOST }

    /** A clip as stored. */
    record Clip(UUID id, String enterpriseCode, String jurisdictionPath, String camera, Instant from, Instant to,
                String reason, State state, long bytes, int segments, double seconds, Instant orderedAt,
                Instant storedAt) {
    }

    /** An enterprise's clips: how many stored, their bytes (awaited ones' files counted too), the oldest. */
    record Usage(String enterpriseCode, int clips, long bytes, Instant oldest) {
    }

    private final JdbcClient jdbc;

    ClipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Clip c) {
        jdbc.sql("""
                INSERT INTO video_clip (id, enterprise_code, jurisdiction_path, camera_code, from_time, to_time, reason,
                    state, ordered_at)
                VALUES (:id, :e, :path, :camera, :from, :to, :reason, :state, :ordered)""")
                .param("id", c.id()).param("e", c.enterpriseCode()).param("path", c.jurisdictionPath())
                .param("camera", c.camera()).param("from", CameraStateStore.ts(c.from()))
                .param("to", CameraStateStore.ts(c.to())).param("reason", c.reason()).param("state", c.state().name())
                .param("ordered", CameraStateStore.ts(c.orderedAt())).update();
    }

    /** Widens an awaited clip; false when it was delivered meanwhile. */
    boolean widen(UUID id, Instant from, Instant to, String reason) {
        return jdbc.sql("""
                UPDATE video_clip SET from_time = :from, to_time = :to,
                    reason = CASE WHEN length(reason) < 200 THEN reason || '；' || :reason ELSE reason END
                WHERE id = :id AND state = 'ORDERED'""")
                .param("id", id).param("from", CameraStateStore.ts(from)).param("to", CameraStateStore.ts(to))
                .param("reason", reason).update() == 1;
    }

    Optional<Clip> one(UUID id) {
        return jdbc.sql("SELECT * FROM video_clip WHERE id = :id").param("id", id).query(ClipStore::clip).optional();
    }

    /** The camera's clips whose window reaches into {@code [from, to]}. */
    List<Clip> near(String camera, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT * FROM video_clip WHERE camera_code = :camera AND from_time <= :to AND to_time >= :from
                  AND state <> 'LOST' ORDER BY from_time""")
                .param("camera", camera).param("from", CameraStateStore.ts(from)).param("to", CameraStateStore.ts(to))
                .query(ClipStore::clip).list();
    }

    /** The clips of these cameras whose window holds {@code at} (newest first), lost ones left out. */
    List<Clip> holding(Collection<String> cameras, Instant at) {
        if (cameras.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM video_clip WHERE camera_code IN (:cameras) AND from_time <= :at AND to_time >= :at
                  AND state <> 'LOST' ORDER BY from_time DESC""")
                .param("cameras", cameras).param("at", CameraStateStore.ts(at)).query(ClipStore::clip).list();
    }

    /** The clips of any of the cameras that overlap {@code [from, to]}, newest first: one read for a whole list. */
    List<Clip> overlapping(Collection<String> cameras, Instant from, Instant to) {
        if (cameras.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM video_clip WHERE camera_code IN (:cameras) AND from_time <= :to AND to_time >= :from
                  AND state <> 'LOST' ORDER BY from_time DESC""")
                .param("cameras", cameras).param("from", CameraStateStore.ts(from)).param("to", CameraStateStore.ts(to))
                .query(ClipStore::clip).list();
    }

    /** The enterprise's clips awaited from its gateway, ended after {@code since}. */
    List<Clip> awaited(String enterpriseCode, Instant since) {
        return jdbc.sql("""
                SELECT * FROM video_clip WHERE enterprise_code = :e AND state = 'ORDERED' AND to_time > :since
                ORDER BY from_time""")
                .param("e", enterpriseCode).param("since", CameraStateStore.ts(since)).query(ClipStore::clip).list();
    }

    /** Enterprises with clips awaited (for the order book after a restart). */
    List<String> enterprisesAwaited() {
        return jdbc.sql("SELECT DISTINCT enterprise_code FROM video_clip WHERE state = 'ORDERED'")
                .query(String.class).list();
    }

    /** Awaited clips that ended before {@code before}: the gateway did not deliver them. */
    List<Clip> overdue(Instant before) {
        return jdbc.sql("SELECT * FROM video_clip WHERE state = 'ORDERED' AND to_time < :before")
                .param("before", CameraStateStore.ts(before)).query(ClipStore::clip).list();
    }

    /** Clips ended before {@code before}, any state: past their keeping. */
    List<Clip> endedBefore(Instant before) {
        return jdbc.sql("SELECT * FROM video_clip WHERE state <> 'ORDERED' AND to_time < :before ORDER BY to_time")
                .param("before", CameraStateStore.ts(before)).query(ClipStore::clip).list();
    }

    /** The enterprise's stored clips other than {@code except}, oldest first. */
    List<Clip> storedOldestFirst(String enterpriseCode, UUID except) {
        return jdbc.sql("""
                SELECT * FROM video_clip WHERE enterprise_code = :e AND state = 'STORED' AND id <> :except
                ORDER BY from_time, id""")
                .param("e", enterpriseCode).param("except", except).query(ClipStore::clip).list();
    }

    long bytesOf(String enterpriseCode) {
        return jdbc.sql("SELECT coalesce(sum(bytes), 0) FROM video_clip WHERE enterprise_code = :e")
                .param("e", enterpriseCode).query(Long.class).single();
    }

    long totalBytes() {
        return jdbc.sql("SELECT coalesce(sum(bytes), 0) FROM video_clip").query(Long.class).single();
    }

    void bytes(UUID id, long bytes) {
        jdbc.sql("UPDATE video_clip SET bytes = :bytes WHERE id = :id").param("id", id).param("bytes", bytes).update();
    }

    /** Completes an awaited clip; false when it is not awaited (any more). */
    boolean stored(UUID id, long bytes, int segments, double seconds, Instant at) {
        return jdbc.sql("""
                UPDATE video_clip SET state = 'STORED', bytes = :bytes, segments = :segments, seconds = :seconds,
                    stored_at = :at WHERE id = :id AND state = 'ORDERED'""")
                .param("id", id).param("bytes", bytes).param("segments", segments).param("seconds", seconds)
                .param("at", CameraStateStore.ts(at)).update() == 1;
    }

    void lost(UUID id, String why) {
        jdbc.sql("""
                UPDATE video_clip SET state = 'LOST', bytes = 0, reason = reason || '（' || :why || '）'
                WHERE id = :id AND state = 'ORDERED'""").param("id", id).param("why", why).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM video_clip WHERE id = :id").param("id", id).update();
    }

    /** Each enterprise's stored clips within the scope. */
    List<Usage> usage(JurisdictionScope scope) {
        JurisdictionScope.Condition within = scope.on("jurisdiction_path", "enterprise_code");
        return within.bind(jdbc.sql("""
                SELECT enterprise_code, count(*) FILTER (WHERE state = 'STORED') AS clips, coalesce(sum(bytes), 0) AS bytes,
                       min(from_time) FILTER (WHERE state = 'STORED') AS oldest
                FROM video_clip WHERE """ + within.sql() + " GROUP BY enterprise_code"))
                .query((rs, row) -> new Usage(rs.getString("enterprise_code"), rs.getInt("clips"),
                        rs.getLong("bytes"), CameraStateStore.instant(rs, "oldest"))).list();
    }

    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "video_clip");
    }

    private static Clip clip(ResultSet rs, int row) throws SQLException {
        return new Clip(rs.getObject("id", UUID.class), rs.getString("enterprise_code"),
                rs.getString("jurisdiction_path"), rs.getString("camera_code"), CameraStateStore.instant(rs, "from_time"),
                CameraStateStore.instant(rs, "to_time"), rs.getString("reason"), State.valueOf(rs.getString("state")),
                rs.getLong("bytes"), rs.getInt("segments"), rs.getDouble("seconds"),
                CameraStateStore.instant(rs, "ordered_at"), CameraStateStore.instant(rs, "stored_at"));
    }
}
