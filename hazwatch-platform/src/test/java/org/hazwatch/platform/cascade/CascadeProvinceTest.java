package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.protocol.RequestSigner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.ObjectMapper;

/**
 * The province's side of the cascade (docs/CASCADE.md) on one platform: a city platform registered by the admin
 * sends signed batches for its node; each version is stored once; objects outside its node, a person's login and
 * an unsigned request are refused; forwarded objects are shown with their origin; follow-ups wait for the city.
 */
@PlatformTest
class CascadeProvinceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void aRegisteredCityForwardsItsEnterpriseReadingsAlarmAndWarningEachVersionOnceAndGetsTheFollowUpBack()
            throws Exception {
        County city = TestJurisdictions.freshCounty(mvc);
        String secret = register(city);
        String enterprise = TestEnterprises.newCode(city);
        Map<String, Object> document = json.readValue(TestEnterprises.chlorineDocument(enterprise, city.code(), "9.0"),
                Map.class);

        String batch = objects(city, enterprise, 1, document);
        assertThat(send(city, secret, "enterprises", batch, 200)).contains("\"accepted\":1", "\"duplicates\":0");
        assertThat(send(city, secret, "enterprises", batch, 200)).contains("\"accepted\":0", "\"duplicates\":1");
        mvc.perform(get("/api/v1/registry/enterprises/" + enterprise).with(city.regulator()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
        assertThat(jdbc.sql("SELECT count(*) FROM gateway WHERE enterprise_code = :e").param("e", enterprise)
                .query(Long.class).single()).as("the city's gateways send to the city").isZero();

        String point = enterprise + "001G0001YW001";
        Instant t = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        String readings = json.writeValueAsString(Map.of("platformCode", city.code(), "batchId", "r1", "readings",
                List.of(reading(point, t), reading(point, t.plusSeconds(1)), reading(point, t.plusSeconds(2)))));
        assertThat(send(city, secret, "readings", readings, 200)).contains("\"accepted\":3");
        assertThat(send(city, secret, "readings", readings, 200)).contains("\"accepted\":0", "\"duplicates\":3");
        assertThat(send(city, secret, "readings", json.writeValueAsString(Map.of("platformCode", city.code(),
                "batchId", "r2", "readings", List.of(reading(enterprise + "001G0001YW999", t)))), 409))
                .contains("send its enterprise first");

        UUID alarm = UUID.randomUUID();
        Map<String, Object> alarmBody = Map.ofEntries(Map.entry("id", alarm.toString()),
                Map.entry("enterpriseCode", enterprise), Map.entry("pointCode", enterprise + "001Q0001YD001"),
                Map.entry("jurisdictionPath", city.path()), Map.entry("kind", "LIMIT_HIGH"),
                Map.entry("severity", "HH"), Map.entry("priority", "HIGH"), Map.entry("state", "UNACK"),
                Map.entry("active", true), Map.entry("raisedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString()));
        send(city, secret, "alarms", objects(city, alarm.toString(), enterprise, 10, alarmBody), 200);
        String alarms = body(mvc.perform(get("/api/v1/alarms?enterprise=" + enterprise).with(city.regulator()))
                .andReturn());
        assertThat(JsonPath.<List<String>>read(alarms, "$[*].origin")).containsExactly(city.code());
        assertThat(JsonPath.<List<String>>read(alarms, "$[*].severity")).containsExactly("HH");

        UUID warning = UUID.randomUUID();
        Map<String, Object> warningBody = Map.of("id", warning.toString(), "enterpriseCode", enterprise,
                "jurisdictionPath", city.path(), "level", "ORANGE", "title", "橙色预警（较大）", "status", "STANDING",
                "raisedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString(), "score", 60, "factors", List.of());
        send(city, secret, "warnings", objects(city, warning.toString(), enterprise, 10, warningBody), 200);
        send(city, secret, "warnings", objects(city, warning.toString(), enterprise, 5,
                Map.of("id", warning.toString(), "enterpriseCode", enterprise, "jurisdictionPath", city.path(),
                        "level", "BLUE", "status", "STANDING", "raisedAt", warningBody.get("raisedAt"))), 200);
        String warnings = body(mvc.perform(get("/api/v1/warnings?enterprise=" + enterprise)
                .with(city.regulator())).andReturn());
        assertThat(JsonPath.<List<String>>read(warnings, "$.items[*].origin")).containsExactly(city.code());
        assertThat(JsonPath.<List<String>>read(warnings, "$.items[*].level")).as("an older version stays older")
                .containsExactly("ORANGE");
        assertThat(jdbc.sql("SELECT count(*) FROM cascade_object_version WHERE object_id = :id")
                .param("id", warning.toString()).query(Long.class).single()).isEqualTo(2);

        String deadline = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).toString();
        MvcResult ordered = mvc.perform(post("/api/v1/cascade/follow-ups").with(city.regulator())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("warningId",
                        warning.toString(), "instruction", "立即核查液氯储罐", "deadline", deadline)))).andReturn();
        assertThat(ordered.getResponse().getStatus()).as(body(ordered)).isEqualTo(201);
        long seq = JsonPath.<Number>read(body(ordered), "$.seq").longValue();
        String orders = send(city, secret, "orders", json.writeValueAsString(Map.of("platformCode", city.code(),
                "after", seq - 1)), 200);
        assertThat(JsonPath.<List<String>>read(orders, "$.orders[*].instruction")).containsExactly("立即核查液氯储罐");
        assertThat(JsonPath.<List<String>>read(orders, "$.orders[*].warningId")).containsExactly(warning.toString());
    }

    @Test
    void aCascadeCredentialCannotWriteOutsideItsNodeAndNeitherAPersonNorAnUnsignedRequestIsACredential()
            throws Exception {
        County city = TestJurisdictions.freshCounty(mvc);
        County other = TestJurisdictions.freshCounty(mvc);
        String secret = register(city);
        String outside = TestEnterprises.newCode(other);
        Map<String, Object> document = json.readValue(TestEnterprises.chlorineDocument(outside, other.code(), "9.0"),
                Map.class);

        assertThat(send(city, secret, "enterprises", objects(city, outside, 1, document), 403))
                .contains("outside the platform's node");
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE code = :c").param("c", outside)
                .query(Long.class).single()).isZero();

        String own = TestEnterprises.importInto(mvc, other).code();
        assertThat(send(city, secret, "alarms", objects(city, UUID.randomUUID().toString(), own, 1,
                Map.of("jurisdictionPath", other.path())), 403)).contains("outside");

        byte[] body = objects(city, outside, 1, document).getBytes(StandardCharsets.UTF_8);
        for (String kind : List.of("enterprises", "readings", "alarms", "warnings", "orders")) {
            assertThat(mvc.perform(post("/api/v1/cascade/" + kind).with(city.regulator())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus())
                    .as("a city user on %s", kind).isEqualTo(401);
        }
        long stamp = System.currentTimeMillis();
        assertThat(mvc.perform(post("/api/v1/cascade/enterprises").contentType(MediaType.APPLICATION_JSON)
                .header(CascadeWire.PLATFORM_CODE_HEADER, city.code()).header("X-Timestamp", stamp)
                .header("X-Signature", new RequestSigner("not-the-secret").sign(stamp, body)).content(body))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/cascade/platforms").with(city.regulator())
                .contentType(MediaType.APPLICATION_JSON).content(registration(other)))
                .andReturn().getResponse().getStatus()).as("only the admin registers").isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/cascade/platforms").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(registration(city)))
                .andReturn().getResponse().getStatus()).as("registered once").isEqualTo(409);
    }

    private String register(County city) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/cascade/platforms").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(registration(city))).andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(201);
        assertThat(JsonPath.<String>read(body(result), "$.code")).isEqualTo(city.code());
        return JsonPath.read(body(result), "$.secret");
    }

    private static String registration(County city) {
        return """
                {"code":"%s","name":"%s平台","jurisdiction":"%s"}""".formatted(city.code(), city.name(), city.code());
    }

    private String objects(County city, String enterprise, long version, Map<String, Object> body) {
        return objects(city, enterprise, enterprise, version, body);
    }

    private String objects(County city, String id, String enterprise, long version, Map<String, Object> body) {
        return json.writeValueAsString(Map.of("platformCode", city.code(), "batchId", UUID.randomUUID().toString(),
                "objects", List.of(Map.of("id", id, "version", version, "enterpriseCode", enterprise,
                        "body", body))));
    }

    private static Map<String, Object> reading(String point, Instant time) {
        return Map.of("pointCode", point, "time", time.toString(), "value", 2.5, "quality", "GOOD", "late", false);
    }

    /** Posts a signed body as the city platform; answers the reply's body after checking its status. */
    private String send(County city, String secret, String kind, String body, int status) throws Exception {
        return new SignedCity(mvc, json, city, secret).send(kind, body, status);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
