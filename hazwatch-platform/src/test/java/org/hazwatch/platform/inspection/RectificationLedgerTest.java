package org.hazwatch.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rectification orders on the whole platform (SPEC §9, issue 12): the full cycle with its audit entries, the
 * overdue escalation once, the repeat-finding flag, the jurisdiction scope (another county's order is 404, the city
 * sees its counties'), an enterprise sees only its own orders, and the Excel export holds the rows of the page.
 */
@PlatformTest
class RectificationLedgerTest {

    static final String PASSWORD = "Rectify-pass-2026";
    /** The smallest PNG: 1×1, transparent. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;

    @Autowired
    Rectifications rectifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderIsAnsweredReturnedAnsweredAgainAndClosedEveryStepAuditedAndOnItsTimeline() {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        RequestPostProcessor operator = enterpriseUser(e.code(), "ENTERPRISE_OPERATOR");
        RequestPostProcessor regulator = e.county().regulator();
        Instant before = Instant.now();

        String issued = json(post("/api/v1/rectifications").with(regulator), """
                {"enterpriseCode":"%s","item":"COMMITMENT","problem":"当日承诺未按时公告"}""".formatted(e.code()), 201);
        String id = JsonPath.read(issued, "$.id");
        assertThat((String) JsonPath.read(issued, "$.state")).isEqualTo("OPEN");
        Instant deadline = Instant.parse(deadlineUtc(issued));
        assertThat(Duration.between(before, deadline)).isBetween(Duration.ofDays(7).minusMinutes(1),
                Duration.ofDays(7).plusMinutes(5));

        // the enterprise answers with a photo (multipart), the county returns it, the enterprise answers again (JSON)
        String answered = body(perform(multipart("/api/v1/rectifications/" + id + "/answer")
                .file(new MockMultipartFile("photos", "现场.png", "image/png", PNG))
                .param("measures", "已补发承诺公告，值班长签字确认").with(operator), 200));
        assertThat((String) JsonPath.read(answered, "$.state")).isEqualTo("ANSWERED");
        String returned = json(post("/api/v1/rectifications/" + id + "/return").with(regulator),
                "{\"note\":\"缺少公告照片\"}", 200);
        assertThat((String) JsonPath.read(returned, "$.state")).isEqualTo("RETURNED");
        // a returned order is not accepted before it is answered again
        json(post("/api/v1/rectifications/" + id + "/accept").with(regulator), "{}", 400);
        json(post("/api/v1/rectifications/" + id + "/answer").with(operator), """
                {"measures":"已张贴公告并拍照","photos":["%s"]}""".formatted(Base64.getEncoder().encodeToString(PNG)),
                200);
        String closed = json(post("/api/v1/rectifications/" + id + "/accept").with(regulator),
                "{\"note\":\"整改到位\"}", 200);
        assertThat((String) JsonPath.read(closed, "$.state")).isEqualTo("CLOSED");
        // the enterprise cannot answer a closed order, nor accept one
        json(post("/api/v1/rectifications/" + id + "/answer").with(operator), "{\"measures\":\"再次\"}", 400);

        String detail = body(perform(get("/api/v1/rectifications/" + id).with(regulator), 200));
        List<String> steps = JsonPath.read(detail, "$.timeline[*].step");
        assertThat(steps).containsExactly("ISSUED", "ANSWERED", "RETURNED", "ANSWERED", "ACCEPTED");
        List<String> states = JsonPath.read(detail, "$.timeline[*].stateAfter");
        assertThat(states).containsExactly("OPEN", "ANSWERED", "RETURNED", "ANSWERED", "CLOSED");
        String photo = JsonPath.read(detail, "$.timeline[1].photos[0].id");
        assertThat((String) JsonPath.read(detail, "$.timeline[1].photos[0].contentType")).isEqualTo("image/png");
        MvcResult served = perform(get("/api/v1/rectifications/" + id + "/photos/" + photo).with(operator), 200);
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(PNG);

        String audit = body(perform(get("/api/v1/audit").param("limit", "1000").with(regulator), 200));
        List<String> actions = JsonPath.read(audit, "$[?(@.targetCode == '" + id + "')].action");
        assertThat(actions).containsExactlyInAnyOrder("rectification.issue", "rectification.answer",
                "rectification.return", "rectification.answer", "rectification.accept");
    }

    @Test
    void anOverdueOrderEscalatesOnceToTheEnterpriseAndTheLevelAbove() {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        RequestPostProcessor regulator = e.county().regulator();
        String issued = json(post("/api/v1/rectifications").with(regulator), """
                {"enterpriseCode":"%s","item":"DATA_ONLINE","problem":"监测数据离线 3 小时，无报备"}"""
                .formatted(e.code()), 201);
        String id = JsonPath.read(issued, "$.id");
        Instant deadline = Instant.parse(deadlineUtc(issued));
        assertThat(JsonPath.<Boolean>read(issued, "$.overdue")).isFalse();

        // the clock moves: before the deadline nothing happens; after it, one escalation, and never a second
        rectifications.escalateOverdue(deadline.minus(Duration.ofMinutes(1)));
        assertThat(escalations(id)).isZero();
        rectifications.escalateOverdue(deadline.plus(Duration.ofHours(1)));
        rectifications.escalateOverdue(deadline.plus(Duration.ofHours(2)));
        rectifications.escalateOverdue(deadline.plus(Duration.ofDays(3)));
        assertThat(escalations(id)).isEqualTo(1);
        String countyPath = e.county().path();
        String cityPath = countyPath.substring(0, countyPath.substring(0, countyPath.length() - 1).lastIndexOf('/')
                + 1);
        assertThat(jdbc.sql("SELECT escalated_to_path FROM rectification_order WHERE id = CAST(:id AS uuid)")
                .param("id", id).query(String.class).single()).isEqualTo(cityPath);
        List<Map<String, Object>> notified = jdbc.sql("""
                SELECT kind, sms_text FROM notification WHERE idempotency_key = :key""")
                .param("key", "rectification-overdue:" + id).query().listOfRows();
        assertThat(notified).hasSize(1);
        assertThat(notified.get(0).get("kind")).isEqualTo("RECTIFICATION_OVERDUE");
        assertThat((String) notified.get(0).get("sms_text")).contains("整改逾期").contains("监测数据在线");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE n.idempotency_key = :key AND d.recipient_role IN ('主要负责人', '安全负责人')""")
                .param("key", "rectification-overdue:" + id).query(Long.class).single()).isPositive();

        // the list's overdue filter reads the platform's clock: make the deadline pass as the watch saw it
        jdbc.sql("UPDATE rectification_order SET deadline = now() - interval '1 hour' WHERE id = CAST(:id AS uuid)")
                .param("id", id).update();
        assertThat(ids(regulator, "?overdue=true&enterprise=" + e.code())).containsExactly(id);
        assertThat(ids(regulator, "?overdue=false&enterprise=" + e.code())).isEmpty();
    }

    @Test
    void threeFindingsOfOneItemWithin30DaysFlagTheEnterpriseForEnforcementOnce() {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        RequestPostProcessor regulator = e.county().regulator();
        String patrol = "7d1f5a0e-0000-4000-8000-00000000c001";
        for (int i = 0; i < 2; i++) {
            // the same patrol's item is one finding however often an order is issued for it
            issue(regulator, e.code(), "CUSTODY", "包保责任人本周未履职", patrol);
        }
        issue(regulator, e.code(), "WARNINGS_HANDLED", "预警未及时签收", null);
        assertThat(flags(regulator, e.code())).isEmpty();
        issue(regulator, e.code(), "CUSTODY", "包保责任人仍未履职", null);
        assertThat(flags(regulator, e.code())).isEmpty();
        issue(regulator, e.code(), "CUSTODY", "包保责任人第三次未履职", null);
        List<Map<String, Object>> flags = flags(regulator, e.code());
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0)).containsEntry("item", "CUSTODY").containsEntry("findings", 3);
        issue(regulator, e.code(), "CUSTODY", "第四次", null);
        assertThat(flags(regulator, e.code())).hasSize(1);
    }

    @Test
    void abnormalPatrolItemsAreFindingsAndAnOrderFromOneCountsOnce() {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        RequestPostProcessor regulator = e.county().regulator();
        String first = null;
        for (int i = 0; i < 2; i++) {
            String patrol = json(post("/api/v1/patrols").with(regulator), """
                    {"enterpriseCode":"%s","round":"MORNING","items":[{"item":"CUSTODY","result":"ABNORMAL",
                     "note":"操作负责人未履职"}]}""".formatted(e.code()), 201);
            first = first == null ? JsonPath.read(patrol, "$.id") : first;
        }
        // an order from the first patrol's item is that patrol's finding, not a third one
        issue(regulator, e.code(), "CUSTODY", "操作负责人未履职", first);
        assertThat(flags(regulator, e.code())).isEmpty();
        // what the inspector did not send (the pre-filled DATA_ONLINE of an enterprise never heard) is no finding
        json(post("/api/v1/patrols").with(regulator), """
                {"enterpriseCode":"%s","round":"AFTERNOON","items":[{"item":"CUSTODY","result":"ABNORMAL"}]}"""
                .formatted(e.code()), 201);
        List<Map<String, Object>> flags = flags(regulator, e.code());
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0)).containsEntry("item", "CUSTODY").containsEntry("findings", 3);
    }

    @Test
    void anotherCountyGets404ForTheOrdersAndTheCitySeesItsCounties() {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        County other = TestJurisdictions.freshCounty(mvc);
        String id = issue(e.county().regulator(), e.code(), "VIDEO_ONLINE", "视频离线", null);

        perform(get("/api/v1/rectifications/" + id).with(other.regulator()), 404);
        json(post("/api/v1/rectifications/" + id + "/return").with(other.regulator()), "{\"note\":\"x\"}", 404);
        json(post("/api/v1/rectifications/" + id + "/accept").with(other.regulator()), "{}", 404);
        assertThat(ids(other.regulator(), "?enterprise=" + e.code())).isEmpty();
        assertThat(ids(other.regulator(), "")).doesNotContain(id);
        json(post("/api/v1/rectifications").with(other.regulator()), """
                {"enterpriseCode":"%s","item":"COMMITMENT","problem":"越权"}""".formatted(e.code()), 404);

        String[] codes = e.county().path().split("/");
        String city = codes[codes.length - 2];
        String cityUser = "rect-city-" + e.code();
        json(post("/api/v1/users").with(TestJurisdictions.admin()), """
                {"username":"%s","displayName":"市应急管理局","password":"%s","role":"REGULATOR","jurisdictionCode":"%s"}"""
                .formatted(cityUser, PASSWORD, city), 201);
        perform(get("/api/v1/rectifications/" + id).with(httpBasic(cityUser, PASSWORD)), 200);
        assertThat(ids(httpBasic(cityUser, PASSWORD), "?jurisdiction=" + e.county().code())).contains(id);
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnOrders() {
        TestEnterprise mine = TestEnterprises.importFresh(mvc);
        TestEnterprise neighbour = TestEnterprises.importInto(mvc, mine.county());
        String own = issue(mine.county().regulator(), mine.code(), "FILINGS", "报备内容与实际不符", null);
        String theirs = issue(mine.county().regulator(), neighbour.code(), "FILINGS", "报备缺失", null);
        RequestPostProcessor admin = enterpriseUser(mine.code(), "ENTERPRISE_ADMIN");

        assertThat(ids(admin, "")).containsExactly(own);
        assertThat(ids(admin, "?enterprise=" + neighbour.code())).isEmpty();
        perform(get("/api/v1/rectifications/" + theirs).with(admin), 404);
        json(post("/api/v1/rectifications/" + theirs + "/answer").with(admin), "{\"measures\":\"x\"}", 404);
        perform(get("/api/v1/rectifications/" + own).with(admin), 200);
        // an enterprise does not issue orders
        json(post("/api/v1/rectifications").with(admin), """
                {"enterpriseCode":"%s","item":"FILINGS","problem":"自查"}""".formatted(mine.code()), 403);
    }

    @Test
    void theExcelExportOfTheLedgerOpensWithPoiAndHoldsTheRowsThePageShows() throws Exception {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        RequestPostProcessor regulator = e.county().regulator();
        String a = issue(regulator, e.code(), "DATA_ONLINE", "数据离线", null);
        issue(regulator, e.code(), "COMMITMENT", "承诺未公告", null);
        issue(regulator, e.code(), "ALARMS_ACKNOWLEDGED", "报警未确认", null);
        json(post("/api/v1/rectifications/" + a + "/answer").with(enterpriseUser(e.code(), "ENTERPRISE_OPERATOR")),
                "{\"measures\":\"已恢复网络\"}", 200);
        json(post("/api/v1/rectifications/" + a + "/accept").with(regulator), "{}", 200);
        json(post("/api/v1/penalties").with(regulator), """
                {"enterpriseCode":"%s","decisionNumber":"泽应急罚〔2026〕7号","decidedOn":"2026-12-01","amount":20000,
                 "basis":"《安全生产法》第九十九条"}""".formatted(e.code()), 201);

        MockHttpSession session = login(e.county().regulatorUsername(), TestJurisdictions.PASSWORD);
        for (String query : List.of("?enterprise=" + e.code(), "?enterprise=" + e.code() + "&state=OPEN",
                "?enterprise=" + e.code() + "&state=CLOSED&item=DATA_ONLINE")) {
            String page = body(perform(get("/rectifications" + query).session(session), 200));
            List<String> shown = numbers(section(page, "ledger-orders"));
            MvcResult export = perform(get("/rectifications.xlsx" + query).session(session), 200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                    export.getResponse().getContentAsByteArray()))) {
                Sheet orders = book.getSheet("整改通知");
                assertThat(orders.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
                List<String> exported = new ArrayList<>();
                for (int r = 1; r <= orders.getLastRowNum(); r++) {
                    Row row = orders.getRow(r);
                    exported.add(row.getCell(0).getStringCellValue());
                    assertThat(page).contains(row.getCell(4).getStringCellValue());
                }
                assertThat(exported).as(query).isEqualTo(shown);
                assertThat(book.getSheet("行政处罚").getLastRowNum()).isEqualTo(1);
            }
            assertThat(shown).isNotEmpty();
        }
        assertThat(numbers(section(body(perform(get("/rectifications?enterprise=" + e.code()).session(session),
                200)), "ledger-orders"))).hasSize(3);
        assertThat(numbers(section(body(perform(get("/rectifications?enterprise=" + e.code() + "&state=OPEN")
                .session(session), 200)), "ledger-orders"))).hasSize(2);
    }

    // --- helpers

    private String issue(RequestPostProcessor regulator, String enterprise, String item, String problem,
                         String patrolId) {
        String body = patrolId == null
                ? "{\"enterpriseCode\":\"%s\",\"item\":\"%s\",\"problem\":\"%s\"}".formatted(enterprise, item, problem)
                : "{\"enterpriseCode\":\"%s\",\"item\":\"%s\",\"problem\":\"%s\",\"patrolId\":\"%s\"}"
                .formatted(enterprise, item, problem, patrolId);
        return JsonPath.read(json(post("/api/v1/rectifications").with(regulator), body, 201), "$.id");
    }

    private List<String> ids(RequestPostProcessor who, String query) {
        return JsonPath.read(body(perform(get("/api/v1/rectifications" + query).with(who), 200)), "$[*].id");
    }

    private List<Map<String, Object>> flags(RequestPostProcessor who, String enterprise) {
        return JsonPath.read(body(perform(get("/api/v1/ledger?enterprise=" + enterprise).with(who), 200)),
                "$.flags");
    }

    private int escalations(String id) {
        return jdbc.sql("""
                SELECT count(*) FROM rectification_step WHERE order_id = CAST(:id AS uuid) AND step = 'ESCALATED'""")
                .param("id", id).query(Integer.class).single();
    }

    private RequestPostProcessor enterpriseUser(String enterprise, String role) {
        String username = "rect-" + role.toLowerCase().replace("enterprise_", "") + "-" + enterprise;
        json(post("/api/v1/users").with(TestJurisdictions.admin()), """
                {"username":"%s","displayName":"值班员","password":"%s","role":"%s","enterpriseCode":"%s"}"""
                .formatted(username, PASSWORD, role, enterprise), 201);
        return httpBasic(username, PASSWORD);
    }

    private MockHttpSession login(String username, String password) {
        MvcResult result = perform(formLogin("/login").user(username).password(password), 302);
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** The deadline as UTC text, whatever zone the JSON shows it in. */
    private static String deadlineUtc(String json) {
        return java.time.OffsetDateTime.parse(JsonPath.read(json, "$.deadline").toString()).toInstant().toString();
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private static List<String> numbers(String section) {
        Matcher m = Pattern.compile("<a href=\"/rectifications/[0-9a-f-]{36}\">(\\d+)</a>").matcher(section);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        String content, int status) {
        return body(perform(request.contentType(MediaType.APPLICATION_JSON).content(content), status));
    }

    private MvcResult perform(RequestBuilder request, int status) {
        try {
            MvcResult result = mvc.perform(request).andReturn();
            assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(status);
            return result;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
