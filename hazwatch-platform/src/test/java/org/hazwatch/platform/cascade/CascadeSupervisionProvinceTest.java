package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.protocol.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * The province's side of supervision's cascade (docs/CASCADE.md, supervision): per kind — patrol records,
 * rectification orders, data-quality days, bulletins as files — a signed batch is taken once, a duplicate counted,
 * an older version kept but not shown, a batch outside the city's node refused (403), the ordinary read API shows
 * the object with its origin to who sees the node (404 to another county), and a write on it is refused with nothing
 * changed. Down the chain: the province's spot check of a city's enterprise and the order it opens wait as orders.
 */
@PlatformTest
class CascadeSupervisionProvinceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    County city;
    County other;
    String secret;
    String enterprise;
    String today = LocalDate.now(BeijingTime.ZONE).toString();

    @BeforeEach
    void aCityWithAForwardedEnterprise() throws Exception {
        city = TestJurisdictions.freshCounty(mvc);
        other = TestJurisdictions.freshCounty(mvc);
        MvcResult registered = mvc.perform(post("/api/v1/cascade/platforms").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"%s","name":"%s平台","jurisdiction":"%s"}""".formatted(city.code(), city.name(),
                        city.code()))).andReturn();
        secret = JsonPath.read(body(registered), "$.secret");
        enterprise = TestEnterprises.newCode(city);
        send("enterprises", batch(enterprise, enterprise, 1, json.readValue(TestEnterprises.chlorineDocument(
                enterprise, city.code(), "9.0"), Map.class)), 200);
    }

    @Test
    void aForwardedPatrolRecordIsKeptOnceShownWithItsOriginAndReadOnly() throws Exception {
        String id = UUID.randomUUID().toString();
        assertThat(send("patrols", batch(id, enterprise, 20, patrol(id, "第二版")), 200))
                .contains("\"accepted\":1", "\"duplicates\":0");
        assertThat(send("patrols", batch(id, enterprise, 20, patrol(id, "第二版")), 200))
                .contains("\"accepted\":0", "\"duplicates\":1");
        assertThat(send("patrols", batch(id, enterprise, 10, patrol(id, "第一版")), 200)).contains("\"accepted\":1");

        String list = read(get("/api/v1/patrols?jurisdiction=" + city.code() + "&day=" + today), 200);
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.id=='" + id + "')].origin")).containsExactly(city.code());
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.id=='" + id + "')].note")).as("older stays older")
                .containsExactly("第二版");
        assertThat(JsonPath.<String>read(read(get("/api/v1/patrols/" + id), 200), "$.origin")).isEqualTo(city.code());
        assertThat(mvc.perform(get("/api/v1/patrols/" + id).with(other.regulator())).andReturn().getResponse()
                .getStatus()).as("another county").isEqualTo(404);

        MvcResult refused = mvc.perform(multipart("/api/v1/patrols/" + id + "/snapshots")
                .file(new MockMultipartFile("file", "a.png", "image/png", png())).with(city.regulator())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("origin", "只读");
        assertThat(JsonPath.<List<?>>read(read(get("/api/v1/patrols/" + id), 200), "$.snapshots")).isEmpty();

        String outside = TestEnterprises.importInto(mvc, other).code();
        Map<String, Object> foreign = patrol(id, "x");
        foreign.put("enterpriseCode", outside);
        foreign.put("jurisdictionPath", other.path());
        assertThat(send("patrols", batch(UUID.randomUUID().toString(), outside, 1, foreign), 403)).contains("outside");
    }

    @Test
    void aForwardedRectificationShowsTheCitysStateAndRefusesTheProvincesSteps() throws Exception {
        String id = UUID.randomUUID().toString();
        send("rectifications", batch(id, enterprise, 20, rectification(id, "ANSWERED")), 200);
        assertThat(send("rectifications", batch(id, enterprise, 20, rectification(id, "ANSWERED")), 200))
                .contains("\"duplicates\":1");
        send("rectifications", batch(id, enterprise, 10, rectification(id, "OPEN")), 200);

        String list = read(get("/api/v1/rectifications?enterprise=" + enterprise), 200);
        assertThat(JsonPath.<List<String>>read(list, "$[*].origin")).containsExactly(city.code());
        assertThat(JsonPath.<List<String>>read(list, "$[*].state")).as("older stays older").containsExactly("ANSWERED");
        String one = read(get("/api/v1/rectifications/" + id), 200);
        assertThat(JsonPath.<String>read(one, "$.order.origin")).isEqualTo(city.code());
        assertThat(JsonPath.<List<String>>read(one, "$.timeline[*].step")).containsExactly("ISSUED", "ANSWERED");

        MvcResult refused = mvc.perform(post("/api/v1/rectifications/" + id + "/accept").with(city.regulator())
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"同意\"}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("origin");
        assertThat(JsonPath.<String>read(read(get("/api/v1/rectifications/" + id), 200), "$.order.state"))
                .isEqualTo("ANSWERED");
        assertThat(mvc.perform(get("/api/v1/rectifications/" + id).with(other.regulator())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        Map<String, Object> foreign = rectification(id, "OPEN");
        foreign.put("jurisdictionPath", other.path());
        assertThat(send("rectifications", batch(id, enterprise, 30, foreign), 403)).contains("outside");
    }

    @Test
    void aForwardedQualityDayAnswersTheEnterpriseAndCountsInTheJurisdictionsMean() throws Exception {
        String day = LocalDate.parse(today).minusDays(2).toString();
        String id = enterprise + "/" + day;
        send("quality-days", batch(id, enterprise, 20, quality(day, 91.5, "A")), 200);
        assertThat(send("quality-days", batch(id, enterprise, 20, quality(day, 91.5, "A")), 200))
                .contains("\"duplicates\":1");
        send("quality-days", batch(id, enterprise, 10, quality(day, 40.0, "D")), 200);

        String one = read(get("/api/v1/quality/enterprises/" + enterprise + "?day=" + day), 200);
        assertThat(JsonPath.<String>read(one, "$.origin")).isEqualTo(city.code());
        assertThat(JsonPath.<Double>read(one, "$.score")).as("older stays older").isEqualTo(91.5);
        String mean = read(get("/api/v1/quality/jurisdictions/" + city.code() + "?day=" + day), 200);
        assertThat(JsonPath.<Integer>read(mean, "$.enterprises")).isEqualTo(1);
        assertThat(JsonPath.<Double>read(mean, "$.score")).isEqualTo(91.5);
        assertThat(JsonPath.<List<String>>read(mean, "$.ranking[*].enterpriseCode")).containsExactly(enterprise);

        Map<String, Object> foreign = quality(day, 10.0, "D");
        foreign.put("jurisdictionPath", other.path());
        assertThat(send("quality-days", batch(id, enterprise, 30, foreign), 403)).contains("outside");
        assertThat(JsonPath.<Double>read(read(get("/api/v1/quality/enterprises/" + enterprise + "?day=" + day), 200),
                "$.score")).isEqualTo(91.5);
    }

    @Test
    void aForwardedBulletinIsListedWithItsOriginAndItsFilesAsTheCityIssuedThem() throws Exception {
        String id = UUID.randomUUID().toString();
        byte[] pdf = "%PDF-1.7 城市通报".getBytes(StandardCharsets.UTF_8);
        assertThat(send("bulletins", batch(id, null, 1, bulletin(id, city.path(), pdf)), 200)).contains("\"accepted\":1");
        assertThat(send("bulletins", batch(id, null, 1, bulletin(id, city.path(), pdf)), 200))
                .contains("\"duplicates\":1");

        String list = read(get("/api/v1/bulletins?jurisdiction=" + city.code()), 200);
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.id=='" + id + "')].origin")).containsExactly(city.code());
        assertThat(list).doesNotContain("pdfBytes");
        MvcResult file = mvc.perform(get("/api/v1/bulletins/" + id + ".pdf").with(city.regulator())).andReturn();
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(mvc.perform(get("/api/v1/bulletins/" + id).with(other.regulator())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        MvcResult correction = mvc.perform(post("/api/v1/bulletins").with(city.regulator())
                .contentType(MediaType.APPLICATION_JSON).content("{\"corrects\":\"" + id + "\"}")).andReturn();
        assertThat(correction.getResponse().getStatus()).as("a forwarded bulletin is corrected by the city")
                .isEqualTo(404);

        String elsewhere = UUID.randomUUID().toString();
        assertThat(send("bulletins", batch(elsewhere, null, 1, bulletin(elsewhere, other.path(), pdf)), 403))
                .contains("outside");
        assertThat(send("bulletins", batch(elsewhere, null, 1, Map.of("jurisdictionPath", city.path(),
                "pdfBytes", "not base64!")), 400)).contains("body");
    }

    @Test
    void theProvincesSpotCheckOfACitysEnterpriseAndTheOrderItOpensGoDownAsOrders() throws Exception {
        String province = city.code().substring(0, 2) + "0000";
        String inspector = "province-" + city.code();
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                {"username":"%s","displayName":"省应急管理厅","password":"%s","role":"REGULATOR","jurisdictionCode":"%s"}
                """.formatted(inspector, TestJurisdictions.PASSWORD, province))).andReturn();
        var asProvince = httpBasic(inspector, TestJurisdictions.PASSWORD);
        MvcResult checked = mvc.perform(post("/api/v1/patrols").with(asProvince).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"enterpriseCode":"%s","items":[{"item":"COMMITMENT","result":"ABNORMAL","note":"未按时承诺"}],
                         "note":"省级抽查"}""".formatted(enterprise))).andReturn();
        assertThat(checked.getResponse().getStatus()).as(body(checked)).isEqualTo(201);
        String record = JsonPath.read(body(checked), "$.id");
        assertThat(JsonPath.<String>read(body(checked), "$.kind")).isEqualTo("SPOT_CHECK");
        MvcResult issued = mvc.perform(post("/api/v1/rectifications").with(asProvince)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"enterpriseCode":"%s","patrolId":"%s","item":"COMMITMENT","problem":"补做今日安全承诺"}"""
                        .formatted(enterprise, record))).andReturn();
        assertThat(issued.getResponse().getStatus()).as(body(issued)).isEqualTo(201);
        String order = JsonPath.read(body(issued), "$.id");

        String orders = send("orders", json.writeValueAsString(Map.of("platformCode", city.code(), "after", 0)), 200);
        assertThat(JsonPath.<List<String>>read(orders, "$.orders[*].kind")).containsExactly("SPOT_CHECK",
                "RECTIFICATION");
        assertThat(JsonPath.<List<String>>read(orders, "$.orders[*].objectId")).containsExactly(record, order);
        assertThat(JsonPath.<List<String>>read(orders, "$.orders[0].body.items[*].result")).contains("ABNORMAL");
        assertThat(JsonPath.<List<String>>read(orders, "$.orders[*].orderedBy")).containsOnly(inspector);
        assertThat(JsonPath.<String>read(orders, "$.orders[1].body.problem")).isEqualTo("补做今日安全承诺");

        MvcResult accept = mvc.perform(post("/api/v1/rectifications/" + order + "/accept").with(asProvince)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn();
        assertThat(accept.getResponse().getStatus()).as("the city accepts its enterprise's answer").isEqualTo(400);

        Map<String, Object> handled = rectification(order, "ANSWERED");
        send("rectifications", batch(order, enterprise, 99, handled), 200);
        String ledger = read(get("/api/v1/rectifications?enterprise=" + enterprise), 200);
        assertThat(JsonPath.<List<String>>read(ledger, "$[*].id")).as("the city's copy replaces the province's")
                .containsExactly(order);
        assertThat(JsonPath.<List<String>>read(ledger, "$[*].state")).containsExactly("ANSWERED");
    }

    private Map<String, Object> patrol(String id, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "enterpriseCode", enterprise, "kind", "PATROL",
                "round", "MORNING", "day", today, "items", List.of(Map.of("item", "COMMITMENT", "result", "ABNORMAL",
                        "note", "未承诺", "evidence", "截止 09:00 未承诺")), "snapshots", List.of(),
                "recordedBy", "regulator-city", "recordedAt", "2026-12-06T01:00:00Z"));
        body.put("note", note);
        body.put("jurisdictionPath", city.path());
        return body;
    }

    private Map<String, Object> rectification(String id, String state) {
        Map<String, Object> order = new HashMap<>(Map.of("id", id, "number", 3, "enterpriseCode", enterprise,
                "enterpriseName", "城市企业", "item", "COMMITMENT", "problem", "补做今日安全承诺",
                "deadline", "2099-01-01T00:00:00Z", "state", state, "overdue", false, "issuedBy", "regulator-city"));
        order.put("issuedAt", "2026-12-06T01:00:00Z");
        List<Map<String, Object>> timeline = new java.util.ArrayList<>(List.of(Map.of("step", "ISSUED",
                "stateAfter", "OPEN", "by", "regulator-city", "at", "2026-12-06T01:00:00Z", "text", "补做",
                "photos", List.of())));
        if (state.equals("ANSWERED")) {
            timeline.add(Map.of("step", "ANSWERED", "stateAfter", "ANSWERED", "by", "duty", "at",
                    "2026-12-06T02:00:00Z", "text", "已承诺", "photos", List.of()));
        }
        return new HashMap<>(Map.of("order", order, "timeline", timeline, "jurisdictionPath", city.path()));
    }

    private Map<String, Object> quality(String day, double score, String grade) {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseCode", enterprise, "name", "城市企业", "day", day,
                "stored", true, "accessRate", 1.0, "onlineRate", 0.9, "timeliness", 0.95, "validity", 1.0,
                "completeness", 0.8, "score", score));
        body.put("grade", grade);
        body.put("missingFields", List.of());
        body.put("points", List.of());
        body.put("jurisdictionPath", city.path());
        return body;
    }

    private Map<String, Object> bulletin(String id, String path, byte[] pdf) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "number", "城应急通报〔2026〕3号", "version", 1,
                "jurisdiction", city.code(), "jurisdictionName", city.name(), "period", "MONTH", "from", "2026-11-01",
                "to", "2026-11-30", "title", city.name() + "危险化学品安全风险监测预警月报", "scheduled", false));
        body.put("named", 0);
        body.put("issuedAt", "2026-12-01T00:00:00Z");
        body.put("issuedBy", "system");
        body.put("jurisdictionPath", path);
        body.put("pdfBytes", Base64.getEncoder().encodeToString(pdf));
        body.put("xlsxBytes", Base64.getEncoder().encodeToString(new byte[] {80, 75, 3, 4}));
        return body;
    }

    private String batch(String id, String enterpriseCode, long version, Map<String, Object> body) {
        Map<String, Object> object = new HashMap<>(Map.of("id", id, "version", version, "body", body));
        object.put("enterpriseCode", enterpriseCode);
        return json.writeValueAsString(Map.of("platformCode", city.code(), "batchId", UUID.randomUUID().toString(),
                "objects", List.of(object)));
    }

    private String read(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request.with(city.regulator())).andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(status);
        return body(result);
    }

    private String send(String kind, String body, int status) throws Exception {
        return new SignedCascade(mvc, city.code(), secret).send(kind, body, status);
    }

    private static byte[] png() {
        return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
                + "60e6kgAAAABJRU5ErkJggg==");
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
