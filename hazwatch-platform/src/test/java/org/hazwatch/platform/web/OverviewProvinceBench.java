package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.junit.jupiter.api.Assumptions;
import org.hazwatch.platform.registry.RegistryChanged;
import org.hazwatch.protocol.EnterpriseCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The province overview benchmark (issue 17, docs/PERFORMANCE.md "p-overview"): a province of 5,000 enterprises
 * written into the registry's tables in bulk, then the province regulator's overview page {@code GET /} (cards, map
 * list, live list, trends, table) asked one call after another, p50/p95 printed. A measurement, not a test of speed:
 * it runs only when asked, {@code -Dhazwatch.bench=overview -Dtest=OverviewProvinceBench}
 * ({@code -Dhazwatch.bench.enterprises=…}, {@code -Dhazwatch.bench.calls=…}), and checks that the map list holds
 * every enterprise of the province.
 */
@PlatformTest
class OverviewProvinceBench {

    static final int ENTERPRISES = Integer.getInteger("hazwatch.bench.enterprises", 5000);
    static final int CALLS = Integer.getInteger("hazwatch.bench.calls", 30);
    /** Points an enterprise with hour rollups (the province bench's 100). */
    static final int POINTS = Integer.getInteger("hazwatch.bench.points", 100);
    private static final Pattern MAP_ITEM = Pattern.compile("<li[^>]*data-code=");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theProvinceRegulatorsOverviewOfFiveThousandEnterprises() throws Exception {
        Assumptions.assumeTrue("overview".equals(System.getProperty("hazwatch.bench")),
                "the overview benchmark runs with -Dhazwatch.bench=overview");
        List<County> counties = countiesOfOneProvince(20);
        String province = counties.get(0).path().split("/")[0];
        long setup = System.nanoTime();
        register(counties);
        System.out.printf("overview bench: load average %s before the calls%n", loadAverage());
        System.out.printf("overview bench: %d enterprises in %d counties of %s registered in %.1f s%n", ENTERPRISES,
                counties.size(), province, (System.nanoTime() - setup) / 1e9);
        MockHttpSession regulator = provinceRegulator(province);

        long first = System.nanoTime();
        String page = page(regulator);
        System.out.printf("overview bench: first call (left out) %.1f ms, %d KiB%n", (System.nanoTime() - first) / 1e6,
                page.getBytes(StandardCharsets.UTF_8).length / 1024);
        assertThat(count(page)).as("enterprises on the map list").isEqualTo(sql.queryForObject(
                "SELECT count(*) FROM enterprise WHERE jurisdiction_path LIKE ?", Integer.class, province + "/%"));

        double[] millis = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            page(regulator);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("overview bench: GET / as the province regulator, %d enterprises, n=%d p50=%.1f p95=%.1f"
                        + " max=%.1f ms (load average %s)%n", ENTERPRISES, CALLS, percentile(millis, 50),
                percentile(millis, 95), millis[CALLS - 1], loadAverage());
    }

    private List<County> countiesOfOneProvince(int wanted) {
        List<County> counties = new ArrayList<>();
        County first = TestJurisdictions.freshCounty(mvc);
        counties.add(first);
        String province = first.path().split("/")[0] + "/";
        while (counties.size() < wanted) {
            County next = TestJurisdictions.freshCounty(mvc);
            if (!next.path().startsWith(province)) {
                break;
            }
            counties.add(next);
        }
        return counties;
    }

    /**
     * The registry's rows in bulk, as the import writes them (the import itself costs minutes for 5,000 here):
     * enterprise i in county i mod n, with one graded hazard source, one tank with two points, one gateway and one
     * camera; then, for the online-rate chart, an hour rollup row of {@link #POINTS} points an enterprise for this
     * hour and the one before (what the province's 500,000 points leave in {@code reading_1h} in two hours).
     */
    private void register(List<County> counties) {
        List<Object[]> enterprises = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        List<Object[]> equipment = new ArrayList<>();
        List<Object[]> points = new ArrayList<>();
        List<Object[]> gateways = new ArrayList<>();
        List<Object[]> cameras = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            County county = counties.get(i % counties.size());
            String code = county.code() + "%05d".formatted(90001 + i / counties.size());
            enterprises.add(new Object[] {code, "省级压测化工有限公司" + i, "压测路" + i + "号", 104.0 + (i % 100) * 0.05,
                    35.0 + (i / 100 % 50) * 0.05, county.code(), county.path()});
            sources.add(new Object[] {code + "001", code, "甲醇储罐区", 40, 1 + i % 4});
            equipment.add(new Object[] {code + "001G0001", code + "001", code, "1#甲醇储罐"});
            for (String kind : List.of("YW", "YL")) {
                points.add(new Object[] {code + "001G0001" + kind + "001", code + "001G0001", code, kind});
            }
            gateways.add(new Object[] {code + "01", code, "数采网关", "0123456789abcdef0123456789abcdef"});
            cameras.add(new Object[] {code + "V01", code, code + "001", "罐区球机"});
        }
        sql.batchUpdate("""
                INSERT INTO enterprise (code, name, address, lon, lat, division_code, jurisdiction_path)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", enterprises);
        sql.batchUpdate("""
                INSERT INTO hazard_source (code, enterprise_code, name, exposed_people, major_hazard, computed_level)
                VALUES (?, ?, ?, ?, true, ?)""", sources);
        sql.batchUpdate("""
                INSERT INTO equipment (code, hazard_source_code, enterprise_code, type, name)
                VALUES (?, ?, ?, 'G0', ?)""", equipment);
        sql.batchUpdate("""
                INSERT INTO point (code, equipment_code, enterprise_code, kind, name, unit, range_low, range_high,
                    h, hh) VALUES (?, ?, ?, ?, '监测值', 'm', 0, 10, 8, 9)""", points);
        sql.batchUpdate("INSERT INTO gateway (code, enterprise_code, name, sampling_period_s, secret)"
                + " VALUES (?, ?, ?, 10, ?)", gateways);
        sql.batchUpdate("INSERT INTO camera (code, enterprise_code, hazard_source_code, name) VALUES (?, ?, ?, ?)",
                cameras);
        // the rows were written behind the registry's back: its read model forgets what it holds, as after an import
        events.publishEvent(new RegistryChanged(EnterpriseCode.of((String) enterprises.get(0)[0]),
                RegistryChanged.Change.BASE_DATA));
        sql.update("""
                INSERT INTO reading_1h (point_code, bucket, min, max, sum, count, last_time, last_value)
                SELECT e.code || '001G0001WD' || lpad(p::text, 3, '0'),
                       date_trunc('hour', now()) - h * interval '1 hour', 20, 30, 1500, 60, now(), 25
                FROM enterprise e, generate_series(1, ?) p, generate_series(0, 1) h
                WHERE e.code LIKE ? AND e.name LIKE '省级压测%'""", POINTS, counties.get(0).code().substring(0, 2) + "%");
    }

    private MockHttpSession provinceRegulator(String province) throws Exception {
        String username = "province-" + province;
        String user = """
                {"username":"%s","displayName":"省应急管理厅","password":"%s","role":"REGULATOR","jurisdictionCode":"%s"}
                """.formatted(username, TestJurisdictions.PASSWORD, province);
        assertThat(mvc.perform(post("/api/v1/users").with(TestJurisdictions.admin())
                .contentType(MediaType.APPLICATION_JSON).content(user)).andReturn().getResponse().getStatus())
                .isEqualTo(201);
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(TestJurisdictions.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session) throws Exception {
        var response = mvc.perform(get("/").session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static int count(String page) {
        Matcher m = MAP_ITEM.matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }
}
