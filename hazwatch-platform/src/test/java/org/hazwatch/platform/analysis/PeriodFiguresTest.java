package org.hazwatch.platform.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.hazwatch.platform.analysis.PeriodRows.at;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.registry.Registry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The figures of a period on a hand-built county: two parks under it (its subordinates), three enterprises (two in
 * park A, one in park B) with known readings, filings, alarms, warnings and their handling, commitments, patrols,
 * rectifications and quality scores, in the week 2026-11-01..07 and the week before; each figure against the
 * previous week, the enterprises named with their reasons, and the scope (another county answers 404).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodFiguresTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 7);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeriodReports reports;

    @Autowired
    Registry registry;

    County county;
    String parkA;
    String parkB;
    TestEnterprise e1;
    TestEnterprise e2;
    TestEnterprise e3;
    Report report;
    PeriodRows rows;

    @BeforeAll
    void buildTheCounty() {
        county = TestJurisdictions.freshCounty(mvc);
        rows = new PeriodRows(jdbc, registry, county);
        parkA = park("P01", "甲化工园区");
        parkB = park("P02", "乙化工园区");
        e1 = enterprise(parkA);
        e2 = enterprise(parkA);
        e3 = enterprise(parkB);
        // online: e1 every hour of both weeks; e2 100 h this week (a 50 h filing of the whole enterprise), all of
        // the week before; e3 nothing this week, all of the week before
        rows.hours(e1, at(FROM, 0), 168);
        rows.hours(e2, at(FROM, 0), 100);
        rows.hours(e1, at(FROM.minusDays(7), 0), 168);
        rows.hours(e2, at(FROM.minusDays(7), 0), 168);
        rows.hours(e3, at(FROM.minusDays(7), 0), 168);
        rows.filing(e2, at(LocalDate.of(2026, 11, 4), 0), at(LocalDate.of(2026, 11, 6), 2));
        // alarms: 3 high + 1 low of e1, 2 medium of e3 this week; 1 high of e1 the week before
        for (int i = 0; i < 3; i++) {
            rows.alarm(e1, e1.levelPoint(), "HIGH", at(LocalDate.of(2026, 11, 2), 8 + i));
        }
        rows.alarm(e1, e1.gasPoint(), "LOW", at(LocalDate.of(2026, 11, 3), 9));
        rows.alarm(e3, e3.levelPoint(), "MEDIUM", at(LocalDate.of(2026, 11, 5), 9));
        rows.alarm(e3, e3.gasPoint(), "MEDIUM", at(LocalDate.of(2026, 11, 5), 10));
        rows.alarm(e1, e1.levelPoint(), "HIGH", at(LocalDate.of(2026, 10, 26), 9));
        // warnings: e1 red 2 Nov 10:00 – 3 Nov 10:00, signed for 5 min late, fed back, verified; e3 yellow on
        // 5 Nov, signed for in time, feedback missed (escalated); e2 blue the week before
        UUID red = rows.warning(e1, "RED", at(LocalDate.of(2026, 11, 2), 10), at(LocalDate.of(2026, 11, 3), 10));
        rows.handled(red, e1, "RED", at(LocalDate.of(2026, 11, 2), 10), Map.of("SIGNED_FOR", 300, "VERIFIED", 0));
        UUID yellow = rows.warning(e3, "YELLOW", at(LocalDate.of(2026, 11, 5), 9),
                at(LocalDate.of(2026, 11, 5), 12));
        rows.handled(yellow, e3, "YELLOW", at(LocalDate.of(2026, 11, 5), 9), Map.of("SIGNED_FOR", 0, "ESCALATED", 0));
        rows.warning(e2, "BLUE", at(LocalDate.of(2026, 10, 27), 9), at(LocalDate.of(2026, 10, 27), 15));
        // commitments: e1 every day on time; e2 five days (one late), missed the last two; e3 missed every day
        for (int d = 0; d < 7; d++) {
            rows.commitment(e1, FROM.plusDays(d), false);
            rows.miss(e3, FROM.plusDays(d));
        }
        for (int d = 0; d < 5; d++) {
            rows.commitment(e2, FROM.plusDays(d), d == 4);
        }
        rows.miss(e2, FROM.plusDays(5));
        rows.miss(e2, FROM.plusDays(6));
        // patrols: the county's morning round of 1 Nov done for all three; the afternoon of 2 Nov missed
        for (TestEnterprise e : List.of(e1, e2, e3)) {
            rows.patrol(e, FROM, "MORNING");
        }
        jdbc.sql("""
                INSERT INTO patrol_round_missed (jurisdiction_code, day, round, jurisdiction_path, due, patrolled,
                                                 detected_at)
                VALUES (:code, :day, 'AFTERNOON', :path, 3, 0, now())""")
                .param("code", county.code()).param("day", FROM.plusDays(1)).param("path", county.path()).update();
        // findings and orders: e2 a finding and an order due 3 Nov never closed (overdue); e1 an order closed in
        // the week, due after it
        UUID finding = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO inspection_finding (id, enterprise_code, jurisdiction_path, item, found_at, found_by)
                VALUES (:id, :e, :path, 'COMMITMENT', :at, 'test')""")
                .param("id", finding).param("e", e2.code()).param("path", rows.pathOf(e2))
                .param("at", at(FROM, 9)).update();
        rows.order(e2, at(FROM, 10), at(LocalDate.of(2026, 11, 3), 10), null);
        rows.order(e1, at(LocalDate.of(2026, 11, 2), 10), at(LocalDate.of(2026, 11, 9), 10),
                at(LocalDate.of(2026, 11, 4), 10));
        // quality: e1 95 every day, e2 70 on one day, e3 never computed; the week before e1 85
        for (int d = 0; d < 7; d++) {
            rows.quality(e1, FROM.plusDays(d), 95, "A");
        }
        rows.quality(e2, FROM, 70, "C");
        rows.quality(e1, FROM.minusDays(3), 85, "B");
        report = reports.report(county.code(), FROM, TO);
    }

    @Test
    void theOnlineRateCountsHoursWithReadingsAndTheFilingExcusesOfflineTime() {
        // (168 + 100 + 0) / (3 × 168) = 53.2 %; the week before 100 %; e3 offline 168 h, e2 168 − 100 − 50 = 18 h
        assertThat(paragraph("联网在线")).contains("联网在线率 53.2%").contains("上期 100.0%，下降 46.8 个百分点")
                .contains("超过 24 小时的企业 1 家");
        assertThat(row("在线率最低的企业", e3.code())).containsExactly(e3.code(), "晋城示范化工有限公司", 0.0, 168L);
        assertThat(row("在线率最低的企业", e2.code())).element(3).isEqualTo(18L);
    }

    @Test
    void qualityIsTheMeanOfTheScoresComputedAndAnEnterpriseNeverScoredIsADash() {
        // (95 + 70) / 2 = 82.5 → B; the week before 85
        assertThat(paragraph("数据质量")).contains("平均得分 82.5 分，等级 B").contains("上期 85.0 分，下降 2.5 分")
                .contains("A 级 1 家、B 级 0 家、C 级 1 家、D 级 0 家").contains("未评分 1 家");
        assertThat(row("数据质量得分最低的企业", e3.code())).containsExactly(e3.code(), "晋城示范化工有限公司", null, null,
                null);
        assertThat(chart("数据质量", "数据质量等级分布").series().get(0).values()).containsExactly(1.0, 0.0, 1.0, 0.0);
    }

    @Test
    void alarmsAreCountedByPriorityAndPerDayAgainstThePreviousWeek() {
        assertThat(paragraph("报警情况")).contains("期内报警 6 次（上期 1，增加 5）").contains("高优先级 3 次、中优先级 2 次、低优先级 1 次");
        assertThat(row("报警按优先级", "高优先级")).containsExactly("高优先级", 3, 1, 2);
        assertThat(chart("报警情况", "每日报警数").series().get(0).values())
                .containsExactly(0.0, 3.0, 1.0, 0.0, 2.0, 0.0, 0.0);
    }

    @Test
    void warningsAreCountedByTheirHighestLevelAndStandingPerDay() {
        assertThat(paragraph("风险预警")).contains("风险预警 2 起（上期 1，增加 1）").contains("红色 1 起、橙色 0 起、黄色 1 起、蓝色 0 起");
        Report.Chart perDay = chart("风险预警", "每日在列预警（按等级）");
        assertThat(perDay.series().get(0).values()).containsExactly(0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(perDay.series().get(2).values()).containsExactly(0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    }

    @Test
    void handlingTimelinessCountsEachStepDueAndLate() {
        assertThat(row("处置及时性", "签收")).containsExactly("签收", 2, 1, 0.5, null);
        assertThat(row("处置及时性", "处置反馈")).containsExactly("处置反馈", 2, 1, 0.5, null);
        assertThat(row("处置及时性", "核查")).containsExactly("核查", 1, 0, 1.0, null);
        assertThat(paragraph("预警处置及时性")).contains("推送预警处置 2 起").contains("处置超时 2 起");
    }

    @Test
    void theCommitmentRateIsOnTimeDaysOfTheDaysDue() {
        // 21 enterprise-days due; on time 7 + 4 = 11 → 52.4 %; late 1; missing 7 + 2 = 9; the week before nothing
        assertThat(paragraph("安全承诺")).contains("应承诺 21 企业日，按时承诺 11、迟报 1").contains("按时承诺率 52.4%（上期 0.0%，上升 52.4 个百分点）")
                .contains("未承诺 9 企业日（上期 0，增加 9）");
    }

    @Test
    void patrolComplianceCountsRoundsAndNamesTheMissedOne() {
        // two rounds a day for the county over 7 days; the morning of 1 Nov complete
        assertThat(paragraph("监管巡查")).contains("应巡查 14 轮次，完成 1 轮次").contains("漏巡 1 轮次");
        assertThat(table("监管巡查", "漏巡轮次").rows()).containsExactly(List.of(county.name(), "2026-11-02", "下午巡查"));
    }

    @Test
    void findingsAndRectificationsCountOpenedClosedAndOverdue() {
        assertThat(paragraph("发现问题和整改")).contains("发现问题 1 项").contains("下达整改 2 项").contains("整改闭环 1 项")
                .contains("整改逾期 1 项");
    }

    @Test
    void theSubordinateParksAreRankedByOnlineRate() {
        List<List<Object>> rows = table("下级辖区排名", "下级辖区排名").rows();
        assertThat(rows).hasSize(2);
        // park A: (168 + 100) / 336 = 79.8 %, 4 alarms, commitment (7 + 4) / 14; park B: 0 %, 2 alarms, 0 / 7
        assertThat(rows.get(0).subList(0, 3)).containsExactly(1, "甲化工园区", 2);
        assertThat((Double) rows.get(0).get(3)).isCloseTo(268.0 / 336, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.get(0).subList(5, 9)).containsExactly(82.5, 4, 1, 11.0 / 14);
        assertThat(rows.get(1).subList(0, 4)).containsExactly(2, "乙化工园区", 1, 0.0);
        assertThat(rows.get(1).get(5)).isNull();
    }

    @Test
    void theTrendShowsEachParksHighestWarningLevelPerDayAndTheTopAlarmers() {
        Report.Chart levels = chart("研判分析", "各辖区每日最高预警等级");
        assertThat(levels.series().get(0).name()).isEqualTo("甲化工园区");
        assertThat(levels.series().get(0).values()).containsExactly(0.0, 4.0, 4.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(levels.series().get(1).values()).containsExactly(0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0);
        assertThat(row("报警最多的企业", e1.code())).containsExactly(e1.code(), "晋城示范化工有限公司", 4, 1, 3);
        assertThat(table("研判分析", "报警最多的点位").rows().get(0))
                .containsExactly(e1.levelPoint(), "晋城示范化工有限公司", 3, 1, 2);
        assertThat(row("辖区预警等级天数", "甲化工园区")).containsExactly("甲化工园区", 2, 0, 0, 0, 2, 1);
    }

    @Test
    void enterprisesAreNamedWithTheirReasonsAndAParagraphOfTheirOwn() {
        Map<String, Report.NamedEnterprise> named = new java.util.HashMap<>();
        report.named().forEach(n -> named.put(n.enterpriseCode(), n));
        assertThat(named.keySet()).containsExactlyInAnyOrder(e1.code(), e2.code(), e3.code());
        assertThat(named.get(e1.code()).reasons()).containsExactly("预警处置超时 1 起");
        assertThat(named.get(e2.code()).reasons()).containsExactly("整改逾期 1 项");
        assertThat(named.get(e3.code()).reasons()).containsExactly("未作安全承诺 7 天", "无故离线累计 168 小时",
                "预警处置超时 1 起");
        assertThat(named.get(e3.code()).paragraph()).startsWith("晋城示范化工有限公司（" + e3.code() + "）：2026-11-01至2026-11-07期间")
                .contains("无故离线累计 168 小时").doesNotContain(e1.code());
    }

    @Test
    void theApiAnswersTheReportToItsCountyAnd404ToAnotherCounty() throws Exception {
        String uri = "/api/v1/analysis/jurisdictions/" + county.code() + "?from=2026-11-01&to=2026-11-07";
        MvcResult own = mvc.perform(get(uri).with(county.regulator())).andReturn();
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        String json = own.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(json, "$.sections[*].heading")).contains("联网在线", "研判分析", "点名通报企业");
        assertThat((List<String>) JsonPath.read(json, "$.named[*].enterpriseCode")).hasSize(3);
        County other = TestJurisdictions.freshCounty(mvc);
        assertThat(mvc.perform(get(uri).with(other.regulator())).andReturn().getResponse().getStatus()).isEqualTo(404);
        String bad = "/api/v1/analysis/jurisdictions/" + county.code() + "?from=2026-11-07&to=2026-11-01";
        assertThat(mvc.perform(get(bad).with(county.regulator())).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void thePageShowsTheSectionsTablesAndChartsAsSvg() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(county.regulatorUsername())
                .password(TestJurisdictions.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        MvcResult page = mvc.perform(get("/analysis?jurisdiction=" + county.code() + "&from=2026-11-01&to=2026-11-07")
                .session(session)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("研判分析").contains("<svg").contains("各辖区每日最高预警等级").contains("53.2%")
                .contains("甲化工园区").contains("—");
    }

    // ---- the report's parts

    private Report.Section section(String heading) {
        return report.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private String paragraph(String heading) {
        return String.join("\n", section(heading).paragraphs());
    }

    private Report.Table table(String heading, String name) {
        return section(heading).tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private Report.Chart chart(String heading, String title) {
        return section(heading).charts().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    private List<Object> row(String tableName, Object first) {
        return report.sections().stream().flatMap(s -> s.tables().stream()).filter(t -> t.name().equals(tableName))
                .flatMap(t -> t.rows().stream()).filter(r -> first.equals(r.get(0))).findFirst().orElseThrow();
    }

    // ---- building the county

    private String park(String suffix, String name) {
        String code = county.code().substring(0, 6) + suffix;
        try {
            MvcResult r = mvc.perform(post("/api/v1/jurisdictions/parks").with(admin())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"code":"%s","name":"%s","parentCode":"%s"}""".formatted(code, name, county.code())))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return code;
    }

    private TestEnterprise enterprise(String park) {
        String code = TestEnterprises.newCode(county);
        try {
            MvcResult r = mvc.perform(post("/api/v1/registry/import").with(admin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(TestEnterprises.chlorineDocument(code, park, "9.0").getBytes(StandardCharsets.UTF_8)))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new TestEnterprise(county, code, code + "001", code + "001G0001", code + "001G0001YW001",
                code + "001Q0001YD001", code + "01", null);
    }
}
