package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.time.Instant;
import org.hazwatch.platform.telemetry.ForwardedPoints;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * On the province: which version of each forwarded minute stands (docs/CASCADE.md, rollups). Each version is
 * recorded once in {@code cascade_object_version} (kind MINUTE, id {@code <point>@<minute>}), so the status counts
 * them as it counts objects; {@code cascade_minute} holds the newest, whose values are in the rollup tables.
 */
@Repository
class ForwardedMinutes implements ForwardedPoints {

    static final String KIND = "MINUTE";

    private final JdbcClient jdbc;

    ForwardedMinutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one version; what became of it (the caller stores the values of the newest). */
    ForwardedObjects.Outcome record(String platform, String pointCode, Instant minute, long version, Instant now) {
        int recorded = jdbc.sql("""
                INSERT INTO cascade_object_version (source_platform, kind, object_id, version, received_at)
                VALUES (:platform, :kind, :id, :version, :now) ON CONFLICT DO NOTHING""")
                .param("platform", platform).param("kind", KIND).param("id", pointCode + "@" + minute)
                .param("version", version).param("now", Timestamp.from(now)).update();
        if (recorded == 0) {
            return ForwardedObjects.Outcome.DUPLICATE;
        }
        int newest = jdbc.sql("""
                INSERT INTO cascade_minute (point_code, bucket, source_platform, version, received_at)
                VALUES (:point, :bucket, :platform, :version, :now)
                ON CONFLICT (point_code, bucket) DO UPDATE SET source_platform = excluded.source_platform,
                    version = excluded.version, received_at = excluded.received_at
                WHERE cascade_minute.version < excluded.version""")
                .param("point", pointCode).param("bucket", Timestamp.from(minute)).param("platform", platform)
                .param("version", version).param("now", Timestamp.from(now)).update();
        return newest == 1 ? ForwardedObjects.Outcome.NEWEST : ForwardedObjects.Outcome.OLDER;
    }

    @Override
    public boolean byMinute(String pointCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cascade_minute WHERE point_code = :p)").param("p", pointCode)
                .query(Boolean.class).single();
    }
}
