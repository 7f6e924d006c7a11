package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The alarm list (/alarms) of a fresh county: its filters (days, enterprise, kind, severity, state) find exactly the
 * alarms they should, the pages hold 50 each without overlap, the Excel export holds the filtered list, and another
 * county's regulator gets 404 on it.
 */
@PlatformTest
class AlarmListPageTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern COUNT = Pattern.compile("id=\"alarm-count\">共 <b>(\\d+)</b>");
    private static final Pattern ROW = Pattern.compile("data-alarm=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    County county;
    TestEnterprise tanks;
    TestEnterprise depot;
    MockHttpSession regulator;
    String today;
    String weekAgo;

    @BeforeEach
    void twoEnterprisesWithTheirAlarms() throws Exception {
        county = TestJurisdictions.freshCounty(mvc);
        tanks = TestEnterprises.importInto(mvc, county);
        depot = TestEnterprises.importInto(mvc, county);
        Instant now = Instant.now();
        // tanks: 3 HH high-limit alarms closed, 2 H high-limit open and unacknowledged, 1 offline 10 days ago
        for (int i = 0; i < 3; i++) {
            episode(tanks, tanks.levelPoint(), "LIMIT_HIGH", "HH", "NORMAL", now.minus(Duration.ofHours(i + 1)), 9.4512);
        }
        for (int i = 0; i < 2; i++) {
            episode(tanks, tanks.gasPoint(), "LIMIT_HIGH", "H", "UNACKNOWLEDGED", now.minus(Duration.ofMinutes(i + 5)),
                    1.2345678);
        }
        episode(tanks, tanks.gasPoint(), "POINT_OFFLINE", "OFFLINE", "NORMAL", now.minus(Duration.ofDays(10)), null);
        // depot: 120 low-limit alarms over the last two days
        for (int i = 0; i < 120; i++) {
            episode(depot, depot.levelPoint(), "LIMIT_LOW", "L", "NORMAL", now.minus(Duration.ofMinutes(20L * i + 3)),
                    0.8);
        }
        regulator = login(county.regulatorUsername());
        today = LocalDate.now(ZONE).toString();
        weekAgo = LocalDate.now(ZONE).minusDays(6).toString();
    }

    @Test
    void eachFilterFindsExactlyItsAlarms() throws Exception {
        assertThat(count("/alarms")).as("the last seven days, both enterprises").isEqualTo(125);
        assertThat(count("/alarms?enterprise=" + tanks.code())).isEqualTo(5);
        assertThat(count("/alarms?enterprise=" + tanks.code() + "&from=" + LocalDate.now(ZONE).minusDays(12)))
                .as("the offline alarm of ten days ago is found once the range reaches it").isEqualTo(6);
        assertThat(count("/alarms?enterprise=" + tanks.code() + "&severity=HH")).isEqualTo(3);
        assertThat(count("/alarms?enterprise=" + tanks.code() + "&state=UNACKNOWLEDGED")).isEqualTo(2);
        assertThat(count("/alarms?kind=LIMIT_LOW")).isEqualTo(120);
        assertThat(count("/alarms?kind=LIMIT_HIGH&severity=H")).isEqualTo(2);
        assertThat(count("/alarms?kind=POINT_OFFLINE")).isZero();
        assertThat(count("/alarms?from=2020-01-01&to=2020-01-31")).isZero();
        assertThat(count("/alarms?jurisdiction=" + county.code() + "&enterprise=" + depot.code())).isEqualTo(120);
    }

    @Test
    void pagesHoldFiftyNewestFirstWithoutOverlap() throws Exception {
        List<String> seen = new ArrayList<>();
        int[] sizes = new int[3];
        for (int page = 0; page < 3; page++) {
            String html = page("/alarms?kind=LIMIT_LOW&page=" + page);
            List<String> ids = ids(html);
            sizes[page] = ids.size();
            seen.addAll(ids);
        }
        assertThat(sizes).containsExactly(50, 50, 20);
        assertThat(seen).doesNotHaveDuplicates().hasSize(120);
        List<Instant> raised = jdbc.sql("SELECT raised_at FROM alarm_episode WHERE id IN (:ids)")
                .param("ids", seen.stream().map(UUID::fromString).toList())
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        assertThat(raised).hasSize(120);
        List<Instant> inPageOrder = seen.stream().map(id -> jdbc.sql(
                "SELECT raised_at FROM alarm_episode WHERE id = :id").param("id", UUID.fromString(id))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single()).toList();
        assertThat(inPageOrder).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page("/alarms?kind=LIMIT_LOW&page=2")).contains("第 <b>3</b> / <span>3</span> 页");
    }

    @Test
    void thePeakIsShownWithItsUnitAndThreeSignificantDigits() throws Exception {
        String html = page("/alarms?enterprise=" + tanks.code() + "&severity=H");
        assertThat(html).contains("1.23 ppm").doesNotContain("1.2345678");
        assertThat(page("/alarms?enterprise=" + tanks.code() + "&severity=HH")).contains("9.45 m");
    }

    @Test
    void theExportHoldsTheFilteredList() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/alarms/export.xlsx?enterprise=" + tanks.code()
                + "&kind=LIMIT_HIGH").session(regulator)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = book.getSheet("报警记录");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("报警时间");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            List<String> severities = new ArrayList<>();
            for (int r = 1; r <= 5; r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(tanks.code());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo("高限报警");
                severities.add(row.getCell(5).getStringCellValue());
            }
            assertThat(severities).containsExactlyInAnyOrder("高报", "高报", "高高报", "高高报", "高高报");
        }
    }

    @Test
    void anotherCountysRegulatorSeesNoneOfThem() throws Exception {
        County other = TestJurisdictions.freshCounty(mvc);
        MockHttpSession stranger = login(other.regulatorUsername());
        assertThat(mvc.perform(get("/alarms?jurisdiction=" + county.code()).session(stranger)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        String html = mvc.perform(get("/alarms?enterprise=" + tanks.code()).session(stranger)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("共 <b>0</b> 条");
        String id = ids(page("/alarms?enterprise=" + tanks.code() + "&state=UNACKNOWLEDGED")).get(0);
        assertThat(mvc.perform(post("/alarms/" + id + "/ack").with(csrf()).session(stranger)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    private void episode(TestEnterprise e, String point, String kind, String severity, String state, Instant raised,
                         Double peak) {
        boolean closed = state.equals("NORMAL");
        jdbc.sql("""
                INSERT INTO alarm_episode (id, enterprise_code, point_code, jurisdiction_path, kind, severity, priority,
                    state, active, acknowledged, cover, raised_at, cleared_at, peak_value, late, seq)
                VALUES (:id, :e, :p, :path, :kind, :sev, 'MEDIUM', :state, :active, :ack, 'NONE', :raised, :cleared,
                    :peak, false, 1)""")
                .param("id", UUID.randomUUID()).param("e", e.code()).param("p", point)
                .param("path", county.path()).param("kind", kind).param("sev", severity)
                .param("state", state).param("active", !closed).param("ack", closed)
                .param("raised", Timestamp.from(raised))
                .param("cleared", closed ? Timestamp.from(raised.plusSeconds(60)) : null).param("peak", peak).update();
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(TestJurisdictions.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    private String page(String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).session(regulator)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String uri) throws Exception {
        Matcher m = COUNT.matcher(page(uri));
        assertThat(m.find()).as("count on %s", uri).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
