package org.hazwatch.platform.video;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.support.EnterprisePaths;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The AI-analysis events ({@code video_event}); their snapshots are files, the row keeps the file's id. */
@Repository
class VideoEventStore {

    /** An event as stored. */
    record Stored(long id, String enterpriseCode, String jurisdictionPath, String camera, String type, Instant time,
                  Double confidence, String snapshot, int snapshotBytes) {
    }

    private final JdbcClient jdbc;

    VideoEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the event once per camera, type and time; empty when it was stored before. */
    Optional<Long> add(String enterpriseCode, String path, String camera, String type, Instant time,
                       Double confidence, String snapshot, int snapshotBytes, Instant receivedAt) {
        return jdbc.sql("""
                INSERT INTO video_event (enterprise_code, jurisdiction_path, camera_code, type, time, confidence,
                    snapshot, snapshot_bytes, received_at)
                VALUES (:e, :path, :camera, :type, :time, :confidence, :snapshot, :bytes, :received)
                ON CONFLICT (camera_code, type, time) DO NOTHING
                RETURNING id""")
                .param("e", enterpriseCode).param("path", path).param("camera", camera).param("type", type)
                .param("time", CameraStateStore.ts(time)).param("confidence", confidence)
                .param("snapshot", snapshot).param("bytes", snapshotBytes)
                .param("received", CameraStateStore.ts(receivedAt))
                .query(Long.class).optional();
    }

    /** Newest first, within the scope; enterprise, type and the period are optional. */
    List<Stored> list(JurisdictionScope scope, String enterpriseCode, String type, Instant from, Instant to,
                      int limit) {
        JurisdictionScope.Condition within = scope.on("jurisdiction_path", "enterprise_code");
        String sql = "SELECT * FROM video_event WHERE " + within.sql()
                + (enterpriseCode != null ? " AND enterprise_code = :enterprise" : "")
                + (type != null ? " AND type = :type" : "")
                + (from != null ? " AND time >= :from" : "")
                + (to != null ? " AND time < :to" : "")
                + " ORDER BY time DESC, id DESC LIMIT :limit";
        JdbcClient.StatementSpec statement = within.bind(jdbc.sql(sql)).param("limit", limit);
        if (enterpriseCode != null) {
            statement = statement.param("enterprise", enterpriseCode);
        }
        if (type != null) {
            statement = statement.param("type", type);
        }
        if (from != null) {
            statement = statement.param("from", CameraStateStore.ts(from));
        }
        if (to != null) {
            statement = statement.param("to", CameraStateStore.ts(to));
        }
        return statement.query(VideoEventStore::stored).list();
    }

    Optional<Stored> one(long id) {
        return jdbc.sql("SELECT * FROM video_event WHERE id = :id").param("id", id).query(VideoEventStore::stored)
                .optional();
    }

    /** The times of one type's events of an enterprise's cameras in {@code [from, to)}, by camera. */
    List<Stored> ofType(String enterpriseCode, String type, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT * FROM video_event WHERE enterprise_code = :e AND type = :type AND time >= :from AND time < :to
                ORDER BY camera_code, time""")
                .param("e", enterpriseCode).param("type", type).param("from", CameraStateStore.ts(from))
                .param("to", CameraStateStore.ts(to)).query(VideoEventStore::stored).list();
    }

    /** Its events follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "video_event");
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("enterprise_code"), rs.getString("jurisdiction_path"),
                rs.getString("camera_code"), rs.getString("type"), CameraStateStore.instant(rs, "time"),
                rs.getObject("confidence") == null ? null : rs.getDouble("confidence"), rs.getString("snapshot"),
                rs.getInt("snapshot_bytes"));
    }
}
