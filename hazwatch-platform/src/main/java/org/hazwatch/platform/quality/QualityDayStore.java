package org.hazwatch.platform.quality;

import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.org.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of daily scores ({@code quality_day}). */
@Repository
class QualityDayStore implements QualityScores {

    private static final String DAYS = """
            SELECT enterprise_code, day, access_rate, online_rate, timeliness, validity, video_online_rate,
                   completeness, score, grade
            FROM quality_day
            WHERE day BETWEEN :from AND :to AND %s
            ORDER BY day, enterprise_code""";

    private final JdbcClient jdbc;

    QualityDayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EnterpriseDayQuality> days(JurisdictionScope scope, LocalDate from, LocalDate to) {
        JurisdictionScope.Condition where = scope.on("jurisdiction_path", "enterprise_code");
        return where.bind(jdbc.sql(DAYS.formatted(where.sql()))).param("from", from).param("to", to)
                .query((rs, n) -> new EnterpriseDayQuality(rs.getString(1), rs.getObject(2, LocalDate.class),
                        (Double) rs.getObject(3), (Double) rs.getObject(4), (Double) rs.getObject(5),
                        (Double) rs.getObject(6), (Double) rs.getObject(7), (Double) rs.getObject(8),
                        rs.getDouble(9), rs.getString(10)))
                .list();
    }
}
