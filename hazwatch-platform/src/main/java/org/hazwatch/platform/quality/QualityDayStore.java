package org.hazwatch.platform.quality;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.quality.rules.PointDay;
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

    /** A computed day of one enterprise, with its points and the fields completeness found missing. */
    record StoredDay(EnterpriseDayQuality quality, String jurisdictionPath, List<PointDay> points,
                     List<String> missingFields) {
    }

    /** Replaces the enterprise's day (its row and its points' rows). */
    void save(StoredDay day) {
        EnterpriseDayQuality q = day.quality();
        jdbc.sql("""
                INSERT INTO quality_day (enterprise_code, day, jurisdiction_path, access_rate, online_rate, timeliness,
                    validity, video_online_rate, completeness, score, grade, missing_fields, computed_at)
                VALUES (:e, :day, :path, :access, :online, :timeliness, :validity, :video, :completeness, :score,
                    :grade, :missing, now())
                ON CONFLICT (enterprise_code, day) DO UPDATE SET jurisdiction_path = excluded.jurisdiction_path,
                    access_rate = excluded.access_rate, online_rate = excluded.online_rate,
                    timeliness = excluded.timeliness, validity = excluded.validity,
                    video_online_rate = excluded.video_online_rate, completeness = excluded.completeness,
                    score = excluded.score, grade = excluded.grade, missing_fields = excluded.missing_fields,
                    computed_at = now()""")
                .param("e", q.enterpriseCode()).param("day", q.day()).param("path", day.jurisdictionPath())
                .param("access", q.accessRate()).param("online", q.onlineRate()).param("timeliness", q.timeliness())
                .param("validity", q.validity()).param("video", q.videoOnlineRate())
                .param("completeness", q.completeness()).param("score", q.score()).param("grade", q.grade())
                .param("missing", day.missingFields().toArray(String[]::new)).update();
        jdbc.sql("DELETE FROM quality_point_day WHERE enterprise_code = :e AND day = :day")
                .param("e", q.enterpriseCode()).param("day", q.day()).update();
        List<PointDay> points = day.points();
        if (points.isEmpty()) {
            return;
        }
        int n = points.size();
        String[] codes = new String[n];
        boolean[] counted = new boolean[n];
        boolean[] ever = new boolean[n];
        long[] received = new long[n];
        long[] late = new long[n];
        long[] usable = new long[n];
        long[] flat = new long[n];
        double[] online = new double[n];
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            PointDay p = points.get(i);
            codes[i] = p.pointCode();
            counted[i] = p.counted();
            ever[i] = p.everConnected();
            received[i] = p.received();
            late[i] = p.late();
            usable[i] = p.usable();
            flat[i] = p.flatlined();
            online[i] = p.onlineMinutes();
            expected[i] = p.expectedMinutes();
        }
        // one statement for all the enterprise's points (a province's day is 500,000 rows: never a statement each)
        jdbc.sql("""
                INSERT INTO quality_point_day (point_code, day, enterprise_code, counted, ever_connected, received,
                    late, usable, flatlined, online_minutes, expected_minutes)
                SELECT p, :day, :e, c, ev, r, l, u, f, o, x
                FROM unnest(CAST(:p AS text[]), CAST(:counted AS boolean[]), CAST(:ever AS boolean[]),
                            CAST(:received AS bigint[]), CAST(:late AS bigint[]), CAST(:usable AS bigint[]),
                            CAST(:flat AS bigint[]), CAST(:online AS float8[]), CAST(:expected AS float8[]))
                     AS t(p, c, ev, r, l, u, f, o, x)""")
                .param("day", q.day()).param("e", q.enterpriseCode()).param("p", codes)
                .param("counted", counted).param("ever", ever).param("received", received).param("late", late)
                .param("usable", usable).param("flat", flat).param("online", online).param("expected", expected)
                .update();
    }

    /** The stored day of one enterprise, if the job computed it. */
    Optional<StoredDay> find(String enterpriseCode, LocalDate day) {
        Optional<StoredDay> row = jdbc.sql("""
                SELECT enterprise_code, day, access_rate, online_rate, timeliness, validity, video_online_rate,
                       completeness, score, grade, jurisdiction_path, missing_fields
                FROM quality_day WHERE enterprise_code = :e AND day = :day""")
                .param("e", enterpriseCode).param("day", day)
                .query((rs, n) -> new StoredDay(quality(rs), rs.getString(11), List.of(), strings(rs.getArray(12))))
                .optional();
        return row.map(r -> new StoredDay(r.quality(), r.jurisdictionPath(), jdbc.sql("""
                SELECT point_code, counted, ever_connected, received, late, usable, flatlined, online_minutes,
                       expected_minutes
                FROM quality_point_day WHERE enterprise_code = :e AND day = :day ORDER BY point_code""")
                .param("e", enterpriseCode).param("day", day)
                .query((rs, n) -> new PointDay(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getDouble(8), rs.getDouble(9)))
                .list(), r.missingFields()));
    }

    /** The newest day stored, if any. */
    Optional<LocalDate> lastDay() {
        return jdbc.sql("SELECT day FROM quality_day ORDER BY day DESC LIMIT 1").query(LocalDate.class).optional();
    }

    private static EnterpriseDayQuality quality(ResultSet rs) throws SQLException {
        return new EnterpriseDayQuality(rs.getString(1), rs.getObject(2, LocalDate.class), (Double) rs.getObject(3),
                (Double) rs.getObject(4), (Double) rs.getObject(5), (Double) rs.getObject(6),
                (Double) rs.getObject(7), (Double) rs.getObject(8), rs.getDouble(9), rs.getString(10));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(List.of((String[]) array.getArray()));
    }
}
