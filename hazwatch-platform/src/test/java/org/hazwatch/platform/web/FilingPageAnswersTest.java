package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.filing.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The county's 质询 (query with a note) and the enterprise's 撤回 (withdraw) from the /filings page: the filing is
 * filed through the page's form, the buttons' posts change its state, each step is in the audit log under the person
 * who took it, and another county's regulator or another enterprise's admin gets 404 and changes nothing.
 */
@PlatformTest
class FilingPageAnswersTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Filings filings;

    TestEnterprise plant;
    MockHttpSession enterprise;
    MockHttpSession county;
    MockHttpSession farCounty;
    MockHttpSession otherEnterprise;

    @BeforeEach
    void aCountyItsEnterpriseAndStrangers() throws Exception {
        plant = TestEnterprises.importFresh(mvc);
        County far = TestJurisdictions.freshCounty(mvc);
        TestEnterprise farPlant = TestEnterprises.importInto(mvc, far);
        enterprise = login(enterpriseAdmin(plant.code()));
        otherEnterprise = login(enterpriseAdmin(farPlant.code()));
        county = login(plant.county().regulatorUsername());
        farCounty = login(far.regulatorUsername());
    }

    @Test
    void theCountyQueriesWithANoteAndTheEnterpriseWithdrawsAuditedStrangersGet404() throws Exception {
        String form = page(enterprise, "/filings");
        assertThat(form).contains("name=\"cameras\"", plant.code() + "V01", "罐区球机");
        String id = fileThroughThePage();
        assertThat(filings.coveredAt(plant.code(), plant.levelPoint(), Instant.now())).isTrue();

        // 质询 without a note: refused, nothing changes
        assertThat(flash(post("/filings/" + id + "/query").param("comment", " "), county)).isEqualTo("failed");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        // another county's regulator: 404 on the query and on the withdrawal, nothing changes
        assertThat(code(post("/filings/" + id + "/query").param("comment", "越权质询"), farCounty)).isEqualTo(404);
        assertThat(code(post("/filings/" + id + "/withdraw"), farCounty)).isEqualTo(404);
        assertThat(status(id)).isEqualTo("SUBMITTED");

        assertThat(flash(post("/filings/" + id + "/query").param("comment", "请补充检修方案"), county))
                .isEqualTo("done");
        String queried = api(id);
        assertThat((String) JsonPath.read(queried, "$.status")).isEqualTo("QUERIED");
        assertThat((String) JsonPath.read(queried, "$.response")).isEqualTo("请补充检修方案");
        assertThat((String) JsonPath.read(queried, "$.respondedBy")).isEqualTo(plant.county().regulatorUsername());
        assertThat(audited(id, "filing.query")).containsEntry("username", plant.county().regulatorUsername())
                .containsEntry("comment", "请补充检修方案");
        assertThat(row(page(county, "/filings"), id)).contains("data-status=\"QUERIED\"", "已质询", "请补充检修方案");

        // another enterprise's admin: 404 on the withdrawal, nothing changes
        assertThat(code(post("/filings/" + id + "/withdraw"), otherEnterprise)).isEqualTo(404);
        assertThat(status(id)).isEqualTo("QUERIED");

        assertThat(flash(post("/filings/" + id + "/withdraw"), enterprise)).isEqualTo("done");
        String withdrawn = api(id);
        assertThat((String) JsonPath.read(withdrawn, "$.status")).isEqualTo("WITHDRAWN");
        assertThat(Instant.parse(utc(JsonPath.read(withdrawn, "$.until")))).isBeforeOrEqualTo(Instant.now());
        assertThat(audited(id, "filing.withdraw")).containsEntry("username", enterpriseUser(plant.code()));
        assertThat(filings.coveredAt(plant.code(), plant.levelPoint(), Instant.now().plusSeconds(1)))
                .as("back in service").isFalse();
        String row = row(page(enterprise, "/filings"), id);
        assertThat(row).contains("data-status=\"WITHDRAWN\"", "已撤回").doesNotContain("name=\"withdraw\"");
        assertThat(row(page(county, "/filings"), id)).doesNotContain("name=\"query\"", "name=\"acknowledge\"");

        // a withdrawn filing is neither withdrawn again nor queried
        assertThat(flash(post("/filings/" + id + "/withdraw"), enterprise)).isEqualTo("failed");
        assertThat(flash(post("/filings/" + id + "/query").param("comment", "再问"), county)).isEqualTo("failed");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_code = :id AND action IN "
                + "('filing.query', 'filing.withdraw')").param("id", id).query(Long.class).single()).isEqualTo(2);
    }

    /** The enterprise's admin files one point for maintenance through the page's form; its id. */
    private String fileThroughThePage() throws Exception {
        LocalDateTime now = LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        MockHttpServletResponse response = mvc.perform(multipart("/filings").session(enterprise).with(csrf())
                .param("type", "MAINTENANCE").param("scope", "POINTS").param("points", plant.levelPoint())
                .param("from", now.minusHours(1).toString()).param("until", now.plusHours(6).toString())
                .param("reason", "1#液氯储罐液位计检修")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        String list = mvc.perform(get("/api/v1/filings?enterprise=" + plant.code()).with(admin())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = JsonPath.read(list, "$[*].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private String flash(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                         MockHttpSession session) throws Exception {
        var result = mvc.perform(request.session(session).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/filings");
        Map<String, ?> flash = result.getFlashMap();
        return flash.containsKey("done") ? "done" : flash.containsKey("failed") ? "failed" : "none";
    }

    private int code(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                     MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String api(String id) throws Exception {
        return mvc.perform(get("/api/v1/filings/" + id).with(admin())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String status(String id) throws Exception {
        return JsonPath.read(api(id), "$.status");
    }

    private Map<String, Object> audited(String id, String action) {
        return jdbc.sql("""
                SELECT username, detail->>'comment' AS comment FROM audit_log
                WHERE target_code = :id AND action = :action""").param("id", id).param("action", action)
                .query().singleRow();
    }

    private String page(MockHttpSession session, String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The inbox's row of the filing (the table 报备收件箱 / 本企业报备). */
    private static String row(String page, String id) {
        String list = page.substring(page.indexOf("id=\"filing-list\""));
        int start = list.indexOf("data-filing=\"" + id + "\"");
        assertThat(start).as("row of %s", id).isNotNegative();
        return list.substring(start, list.indexOf("</tr>", start));
    }

    private static String utc(String time) {
        return java.time.OffsetDateTime.parse(time).toInstant().toString();
    }

    private static String enterpriseUser(String enterprise) {
        return "filing-admin-" + enterprise;
    }

    private String enterpriseAdmin(String enterprise) throws Exception {
        String username = enterpriseUser(enterprise);
        MockHttpServletResponse created = mvc.perform(post("/api/v1/users").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"企业管理员","password":"%s","role":"ENTERPRISE_ADMIN",
                         "enterpriseCode":"%s"}""".formatted(username, TestJurisdictions.PASSWORD, enterprise)))
                .andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return username;
    }

    private MockHttpSession login(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username)
                .password(TestJurisdictions.PASSWORD)).andReturn().getRequest().getSession(false);
        assertThat(session).as("session of %s", username).isNotNull();
        return session;
    }
}
