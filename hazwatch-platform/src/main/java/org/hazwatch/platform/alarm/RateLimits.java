package org.hazwatch.platform.alarm;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rate-of-change limits per point (变化速率报警限, table {@code alarm_rate_limit}); points without one have none. */
@Repository
class RateLimits {

    private final JdbcClient jdbc;

    RateLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Double> ofEnterprise(String enterpriseCode) {
        return jdbc.sql("SELECT point_code, per_minute FROM alarm_rate_limit WHERE point_code LIKE :prefix")
                .param("prefix", enterpriseCode + "%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Sets the limit; null removes it. */
    void set(String pointCode, Double perMinute) {
        if (perMinute == null) {
            jdbc.sql("DELETE FROM alarm_rate_limit WHERE point_code = :point").param("point", pointCode).update();
        } else {
            jdbc.sql("""
                    INSERT INTO alarm_rate_limit (point_code, per_minute) VALUES (:point, :limit)
                    ON CONFLICT (point_code) DO UPDATE SET per_minute = excluded.per_minute""")
                    .param("point", pointCode).param("limit", perMinute).update();
        }
    }
}
