package org.hazwatch.platform.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.VerificationVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The verifications of alarms and warnings (table {@code patrol_verification}). */
@Repository
class VerificationStore {

    private final JdbcClient jdbc;

    VerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(VerificationView v, String path) {
        jdbc.sql("""
                INSERT INTO patrol_verification (id, target, target_id, enterprise_code, jurisdiction_path, verdict,
                    note, verified_by, verified_at)
                VALUES (:id, :target, :targetId, :e, :path, :verdict, :note, :by, :at)""")
                .param("id", v.id()).param("target", v.target()).param("targetId", v.targetId())
                .param("e", v.enterpriseCode()).param("path", path).param("verdict", v.verdict().name())
                .param("note", v.note()).param("by", v.verifiedBy()).param("at", Timestamp.from(v.verifiedAt()))
                .update();
    }

    /** The verifications of one alarm or warning, oldest first. */
    List<VerificationView> of(String target, UUID targetId) {
        return jdbc.sql("""
                SELECT * FROM patrol_verification WHERE target = :t AND target_id = :id ORDER BY verified_at""")
                .param("t", target).param("id", targetId)
                .query((rs, n) -> new VerificationView(rs.getObject("id", UUID.class), rs.getString("target"),
                        rs.getObject("target_id", UUID.class), rs.getString("enterprise_code"),
                        VerificationVerdict.valueOf(rs.getString("verdict")), rs.getString("note"),
                        rs.getString("verified_by"), rs.getTimestamp("verified_at").toInstant())).list();
    }

    /** The latest verification of each of the alarms or warnings given. */
    Map<UUID, VerificationView> latest(String target, java.util.Collection<UUID> ids) {
        Map<UUID, VerificationView> latest = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (target_id) * FROM patrol_verification
                WHERE target = :t AND target_id = ANY(:ids) ORDER BY target_id, verified_at DESC""")
                .param("t", target).param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new VerificationView(rs.getObject("id", UUID.class), rs.getString("target"),
                        rs.getObject("target_id", UUID.class), rs.getString("enterprise_code"),
                        VerificationVerdict.valueOf(rs.getString("verdict")), rs.getString("note"),
                        rs.getString("verified_by"), rs.getTimestamp("verified_at").toInstant()))
                .list().forEach(v -> latest.put(v.targetId(), v));
        return latest;
    }

    /** Per verdict, the alarms or warnings of the enterprise whose latest verification in the period is it. */
    Map<VerificationVerdict, Long> counts(String enterpriseCode, String target, Instant from, Instant to) {
        Map<VerificationVerdict, Long> counts = new EnumMap<>(VerificationVerdict.class);
        for (VerificationVerdict v : VerificationVerdict.values()) {
            counts.put(v, 0L);
        }
        jdbc.sql("""
                SELECT verdict, count(*) FROM (
                    SELECT DISTINCT ON (target_id) verdict FROM patrol_verification
                    WHERE enterprise_code = :e AND target = :t AND verified_at >= :from AND verified_at < :to
                    ORDER BY target_id, verified_at DESC) latest
                GROUP BY verdict""")
                .param("e", enterpriseCode).param("t", target).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((java.sql.ResultSet rs) -> {
                    counts.put(VerificationVerdict.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
