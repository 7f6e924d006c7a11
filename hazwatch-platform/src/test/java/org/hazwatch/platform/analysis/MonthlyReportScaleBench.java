package org.hazwatch.platform.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.EnterprisePoints;
import org.hazwatch.platform.registry.Registry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly report of a city of 1,000 enterprises (issue 13: well within 10 s all told), on generated data: two
 * months of hourly presence for two points each, alarms, warnings with their handling, commitments and misses,
 * quality scores. A measurement, not a timed assertion: it prints the time and checks the figures add up. Runs only
 * with {@code -Dhazwatch.bench.analysis=true} (registering 1,000 enterprises takes minutes).
 */
@PlatformTest
class MonthlyReportScaleBench {

    static final int ENTERPRISES = 1000;
    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Jurisdictions jurisdictions;

    @Autowired
    PeriodReports reports;

    @Autowired
    Registry registry;

    @Test
    void aCityOf1000EnterprisesGetsItsMonthlyReport() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("hazwatch.bench.analysis"),
                "a measurement: run with -Dhazwatch.bench.analysis=true");
        County first = TestJurisdictions.freshCounty(mvc);
        Jurisdiction county = jurisdictions.require(first.code());
        Jurisdiction city = jurisdictions.require(county.parentCode());
        assertThat(city.level()).isEqualTo(JurisdictionLevel.CITY);
        List<Jurisdiction> counties = jurisdictions.children(city.code()).stream()
                .filter(j -> j.level() == JurisdictionLevel.COUNTY).toList();
        long registering = System.nanoTime();
        for (int i = 0; i < ENTERPRISES; i++) {
            Jurisdiction c = counties.get(i % counties.size());
            String code = TestEnterprises.newCode(new County(c.code(), c.name(), c.path()));
            int status = mvc.perform(post("/api/v1/registry/import").with(admin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(TestEnterprises.chlorineDocument(code, c.code(), "9.0")
                            .getBytes(StandardCharsets.UTF_8))).andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(200);
        }
        System.out.printf("analysis bench: registered %d enterprises in %d counties in %d s%n", ENTERPRISES,
                counties.size(), Duration.ofNanos(System.nanoTime() - registering).toSeconds());
        long generating = System.nanoTime();
        generate(city.path());
        System.out.printf("analysis bench: generated two months of data in %d s%n",
                Duration.ofNanos(System.nanoTime() - generating).toSeconds());
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Report report = reports.report(city.code(), FROM, TO);
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            System.out.printf("analysis bench: run %d, monthly report of %s (%d sections, %d named) in %d ms%n", run,
                    city.name(), report.sections().size(), report.named().size(), ms);
            assertThat(report.sections()).hasSize(12);
            assertThat(report.named()).isNotEmpty();
        }
    }

    /** Two months (October and November) of data for every enterprise of the city, in a few set-based inserts. */
    private void generate(String cityPath) {
        String enterprises = """
                SELECT e.code, e.path, row_number() OVER (ORDER BY e.code) AS n FROM (VALUES %s) AS e(code, path)""";
        StringBuilder values = new StringBuilder();
        for (EnterprisePoints e : registry.enterprisePoints(JurisdictionScope.everything().under(cityPath))) {
            values.append(values.isEmpty() ? "" : ",").append("('").append(e.code()).append("','")
                    .append(e.jurisdictionPath()).append("')");
        }
        String cte = "WITH ents AS (" + enterprises.formatted(values) + ") ";
        // presence: every hour of both months for both points, but every 10th enterprise silent 3 days a month
        jdbc.sql(cte + """
                INSERT INTO reading_1h (point_code, bucket, min, max, sum, count, last_time, last_value)
                SELECT p.code, h, 1, 1, 60, 60, h, 1
                FROM ents
                CROSS JOIN LATERAL (VALUES (ents.code || '001G0001YW001'), (ents.code || '001Q0001YD001')) AS p(code)
                CROSS JOIN generate_series(timestamptz '2026-10-01 00:00+08', timestamptz '2026-11-30 23:00+08',
                                           interval '1 hour') AS h
                WHERE ents.n % 10 <> 0 OR extract(day FROM h AT TIME ZONE 'Asia/Shanghai') > 3
                ON CONFLICT DO NOTHING""").update();
        // alarms: two a day per enterprise, priorities mixed
        jdbc.sql(cte + """
                INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity, priority,
                                           state, active, acknowledged, cover, raised_at, cleared_at, late, seq)
                SELECT gen_random_uuid(), ents.code, ents.code || '001G0001YW001', ents.path, 'LIMIT_HIGH', 'H',
                       (ARRAY['LOW','LOW','MEDIUM','HIGH'])[1 + (ents.n + k) % 4], 'NORMAL', false, true, 'NONE',
                       d + make_interval(hours => 8 + k), d + make_interval(hours => 9 + k), false, 1
                FROM ents
                CROSS JOIN generate_series(timestamptz '2026-10-01 00:00+08', timestamptz '2026-11-30 00:00+08',
                                           interval '1 day') AS d
                CROSS JOIN generate_series(0, 1) AS k""").update();
        // warnings every ten days per enterprise, each with a closed case
        jdbc.sql(cte + """
                INSERT INTO warning (id, enterprise_code, hazard_source_code, jurisdiction_path, level, peak_level,
                                     status, raised_at, lifted_at, updated_at, score, factors, signature)
                SELECT gen_random_uuid(), ents.code, ents.code || '001', ents.path, lv, lv, 'LIFTED', d,
                       d + interval '5 hours', d + interval '5 hours', 40, '[]', '{}'
                FROM ents
                CROSS JOIN generate_series(timestamptz '2026-10-01 10:00+08', timestamptz '2026-11-30 10:00+08',
                                           interval '10 days') AS d
                CROSS JOIN LATERAL (SELECT (ARRAY['RED','ORANGE','YELLOW','BLUE'])[1 + ents.n % 4] AS lv) l""")
                .update();
        jdbc.sql("""
                INSERT INTO disposal_case (warning_id, enterprise_code, hazard_source_code, jurisdiction_path, level,
                                           current_level, state, raised_at, signed_for_at, fed_back_at, closed_at,
                                           updated_at, lifted)
                SELECT id, enterprise_code, hazard_source_code, jurisdiction_path, level, level, 'CLOSED', raised_at,
                       raised_at, raised_at, lifted_at, lifted_at, true
                FROM warning WHERE starts_with(jurisdiction_path, :path) AND raised_at >= '2026-10-01'
                  AND NOT EXISTS (SELECT 1 FROM disposal_case c WHERE c.warning_id = warning.id)""")
                .param("path", cityPath).update();
        jdbc.sql("""
                INSERT INTO disposal_step (warning_id, at, kind, actor, text, detail)
                SELECT warning_id, raised_at, 'SIGNED_FOR', 'bench', '签收',
                       jsonb_build_object('lateSeconds', CASE WHEN random() < 0.1 THEN 600 ELSE 0 END)
                FROM disposal_case WHERE starts_with(jurisdiction_path, :path) AND raised_at >= '2026-10-01'""")
                .param("path", cityPath).update();
        // commitments every day, every 20th enterprise missing the first four days of each month
        jdbc.sql(cte + """
                INSERT INTO safety_commitment (enterprise_code, day, version, jurisdiction_path, submitted_at,
                                               deadline_at, late, submitted_by, content)
                SELECT ents.code, d::date, 1, ents.path, d + interval '9 hours', d + interval '10 hours', false,
                       'bench', '{}'
                FROM ents CROSS JOIN generate_series(timestamptz '2026-10-01 00:00+08',
                                                     timestamptz '2026-11-30 00:00+08', interval '1 day') AS d
                WHERE ents.n % 20 <> 0 OR extract(day FROM d AT TIME ZONE 'Asia/Shanghai') > 4
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql(cte + """
                INSERT INTO commitment_miss (enterprise_code, day, jurisdiction_path, detected_at)
                SELECT ents.code, (d AT TIME ZONE 'Asia/Shanghai')::date, ents.path, d + interval '10 hours'
                FROM ents CROSS JOIN generate_series(timestamptz '2026-10-01 00:00+08',
                                                     timestamptz '2026-11-30 00:00+08', interval '1 day') AS d
                WHERE ents.n % 20 = 0 AND extract(day FROM d AT TIME ZONE 'Asia/Shanghai') <= 4
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql(cte + """
                INSERT INTO quality_day (enterprise_code, day, jurisdiction_path, score, grade)
                SELECT ents.code, (d AT TIME ZONE 'Asia/Shanghai')::date, ents.path, 55 + ents.n % 45,
                       CASE WHEN 55 + ents.n % 45 >= 90 THEN 'A' WHEN 55 + ents.n % 45 >= 80 THEN 'B'
                            WHEN 55 + ents.n % 45 >= 60 THEN 'C' ELSE 'D' END
                FROM ents CROSS JOIN generate_series(timestamptz '2026-10-01 00:00+08',
                                                     timestamptz '2026-11-30 00:00+08', interval '1 day') AS d
                ON CONFLICT DO NOTHING""").update();
    }
}
