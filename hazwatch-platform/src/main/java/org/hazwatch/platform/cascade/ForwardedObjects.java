package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.support.ForwardedCopies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * On the province: the objects the city platforms forwarded (docs/CASCADE.md, object identity), each version once by
 * (source platform, kind, object id, version), the newest version as the object's state.
 */
@Repository
class ForwardedObjects implements ForwardedCopies {

    private final JdbcClient jdbc;

    ForwardedObjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What became of one version. */
    enum Outcome {
        /** the newest version so far: now the object's state */
        NEWEST,
        /** recorded, but a newer version had come first and stays the state */
        OLDER,
        /** had it already */
        DUPLICATE
    }

    record Stored(String sourcePlatform, String objectId, long version, String enterpriseCode,
                  String jurisdictionPath, String body) {
    }

    Outcome upsert(String platform, CascadeWire.Kind kind, String objectId, long version, String enterpriseCode,
                   String jurisdictionPath, String bodyJson, Instant now) {
        int recorded = jdbc.sql("""
                INSERT INTO cascade_object_version (source_platform, kind, object_id, version, received_at)
                VALUES (:platform, :kind, :id, :version, :now) ON CONFLICT DO NOTHING""")
                .param("platform", platform).param("kind", kind.name()).param("id", objectId)
                .param("version", version).param("now", Timestamp.from(now)).update();
        if (recorded == 0) {
            return Outcome.DUPLICATE;
        }
        int newest = jdbc.sql("""
                INSERT INTO cascade_object (source_platform, kind, object_id, version, enterprise_code,
                                            jurisdiction_path, body, received_at)
                VALUES (:platform, :kind, :id, :version, :enterprise, :path, CAST(:body AS jsonb), :now)
                ON CONFLICT (source_platform, kind, object_id) DO UPDATE
                SET version = excluded.version, enterprise_code = excluded.enterprise_code,
                    jurisdiction_path = excluded.jurisdiction_path, body = excluded.body,
                    received_at = excluded.received_at
                WHERE cascade_object.version < excluded.version""")
                .param("platform", platform).param("kind", kind.name()).param("id", objectId)
                .param("version", version).param("enterprise", enterpriseCode).param("path", jurisdictionPath)
                .param("body", bodyJson).param("now", Timestamp.from(now)).update();
        return newest == 1 ? Outcome.NEWEST : Outcome.OLDER;
    }

    @Override
    public boolean forwarded(String kind, String objectId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cascade_object WHERE kind = :kind AND object_id = :id)")
                .param("kind", kind).param("id", objectId).query(Boolean.class).single();
    }

    /** The platform that forwards the enterprise, if one does. */
    Optional<String> forwarderOf(String enterpriseCode) {
        return jdbc.sql("""
                SELECT source_platform FROM cascade_object WHERE kind = 'ENTERPRISE' AND object_id = :code""")
                .param("code", enterpriseCode).query(String.class).optional();
    }

    Optional<Stored> one(CascadeWire.Kind kind, String objectId) {
        return jdbc.sql("""
                SELECT source_platform, object_id, version, enterprise_code, jurisdiction_path, body::text AS body
                FROM cascade_object WHERE kind = :kind AND object_id = :id""")
                .param("kind", kind.name()).param("id", objectId).query((rs, n) -> stored(rs)).optional();
    }

    /**
     * The objects of a kind within the scope, newest version first.
     *
     * @param state a condition on the body ({@code body} column, jsonb), or {@code TRUE}
     */
    List<Stored> list(CascadeWire.Kind kind, JurisdictionScope scope, String enterpriseCode, String state,
                      Map<String, Object> stateParams, int limit) {
        JurisdictionScope.Condition where = scope.ofEnterprise(enterpriseCode)
                .on("jurisdiction_path", "enterprise_code");
        var sql = jdbc.sql("""
                SELECT source_platform, object_id, version, enterprise_code, jurisdiction_path, body::text AS body
                FROM cascade_object WHERE kind = :kind AND %s AND %s
                ORDER BY version DESC LIMIT :limit""".formatted(where.sql(), state))
                .param("kind", kind.name()).param("limit", limit);
        for (var p : stateParams.entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        return where.bind(sql).query((rs, n) -> stored(rs)).list();
    }

    /**
     * As {@link #list} (jurisdiction scope only), the bodies without the named top-level fields — a bulletin's files
     * stay in the database when the archive lists it (part c-inspect).
     */
    List<Stored> listWithout(CascadeWire.Kind kind, JurisdictionScope scope, String state,
                             Map<String, Object> stateParams, int limit, List<String> leftOut) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        StringBuilder body = new StringBuilder("body");
        for (String field : leftOut) {
            if (!field.matches("[A-Za-z]+")) {
                throw new IllegalArgumentException(field);
            }
            body.append(" - '").append(field).append('\'');
        }
        var sql = jdbc.sql("""
                SELECT source_platform, object_id, version, enterprise_code, jurisdiction_path, (%s)::text AS body
                FROM cascade_object WHERE kind = :kind AND %s AND %s
                ORDER BY version DESC LIMIT :limit""".formatted(body, where.sql(), state))
                .param("kind", kind.name()).param("limit", limit);
        for (var p : stateParams.entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        return where.bind(sql).query((rs, n) -> stored(rs)).list();
    }

    /** Per kind: objects and versions received from the platform (for the status page and the tests). */
    Map<String, long[]> counts(String platform) {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT kind, count(DISTINCT object_id) AS objects, count(*) AS versions
                FROM cascade_object_version WHERE source_platform = :platform GROUP BY kind""")
                .param("platform", platform).query(rs -> {
                    counts.put(rs.getString("kind"), new long[] {rs.getLong("objects"), rs.getLong("versions")});
                });
        return counts;
    }

    /** When the platform was last heard (its newest object), or null. */
    Instant lastReceived(String platform) {
        Timestamp at = jdbc.sql("SELECT max(received_at) FROM cascade_object_version WHERE source_platform = :p")
                .param("p", platform).query((rs, n) -> rs.getTimestamp(1)).list().get(0);
        return at == null ? null : at.toInstant();
    }

    /**
     * A forwarded alarm's raise time, for ordering and filters; null where another vendor's city sent something that
     * is no ISO-8601 time (the body is the city's; a cast that fails would fail every reader's list).
     */
    static final String RAISED_AT = "(CASE WHEN body->>'raisedAt' ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}' "
            + "THEN CAST(body->>'raisedAt' AS timestamptz) END)";

    /**
     * The forwarded alarms within the scope whose body meets {@code where}, newest raised first (c-ops: the alarm
     * lists merge them with their own by that time).
     */
    List<Stored> alarms(JurisdictionScope scope, String enterpriseCode, String where, Map<String, Object> params,
                        int limit) {
        JurisdictionScope.Condition in = scope.ofEnterprise(enterpriseCode).on("jurisdiction_path", "enterprise_code");
        var sql = jdbc.sql("""
                SELECT source_platform, object_id, version, enterprise_code, jurisdiction_path, body::text AS body
                FROM cascade_object WHERE kind = 'ALARM' AND %s AND %s
                ORDER BY %s DESC NULLS LAST, object_id
                LIMIT :limit""".formatted(in.sql(), where, RAISED_AT)).param("limit", limit);
        for (var p : params.entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        return in.bind(sql).query((rs, n) -> stored(rs)).list();
    }

    /** How many forwarded alarms within the scope meet {@code where}. */
    long countAlarms(JurisdictionScope scope, String enterpriseCode, String where, Map<String, Object> params) {
        JurisdictionScope.Condition in = scope.ofEnterprise(enterpriseCode).on("jurisdiction_path", "enterprise_code");
        var sql = jdbc.sql("SELECT count(*) FROM cascade_object WHERE kind = 'ALARM' AND %s AND %s"
                .formatted(in.sql(), where));
        for (var p : params.entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        return in.bind(sql).query(Long.class).single();
    }

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(rs.getString("source_platform"), rs.getString("object_id"), rs.getLong("version"),
                rs.getString("enterprise_code"), rs.getString("jurisdiction_path"), rs.getString("body"));
    }
}
