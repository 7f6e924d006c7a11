package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.protocol.RequestSigner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.ObjectMapper;

/**
 * A city platform for the province's tests: registered by the admin for a fresh county (its code the county's, its
 * name {@code <county>平台}), sending signed batches over the wire contract (docs/CASCADE.md) through MockMvc.
 */
record SignedCity(MockMvc mvc, ObjectMapper json, County county, String secret) {

    static SignedCity register(MockMvc mvc, ObjectMapper json, County county) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/cascade/platforms").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"%s","name":"%s平台","jurisdiction":"%s"}"""
                        .formatted(county.code(), county.name(), county.code()))).andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(201);
        return new SignedCity(mvc, json, county, JsonPath.read(body(result), "$.secret"));
    }

    String code() {
        return county.code();
    }

    String name() {
        return county.name() + "平台";
    }

    /** Forwards a new enterprise of the county (the chlorine plant of the tests); answers its code. */
    String forwardsEnterprise() throws Exception {
        String enterprise = TestEnterprises.newCode(county);
        Map<String, Object> document = json.readValue(
                TestEnterprises.chlorineDocument(enterprise, county.code(), "9.0"), Map.class);
        send("enterprises", objects(enterprise, enterprise, 1, document), 200);
        return enterprise;
    }

    /** Forwards an alarm of the enterprise as the city's alarm list shows it; answers its id. */
    UUID forwardsAlarm(String enterprise, String severity, String state, OffsetDateTime raisedAt) throws Exception {
        UUID id = UUID.randomUUID();
        boolean closed = state.equals("NORMAL");
        Map<String, Object> body = new HashMap<>(Map.of("id", id.toString(), "enterpriseCode", enterprise,
                "pointCode", enterprise + "001G0001YW001", "jurisdictionPath", county.path(), "kind", "LIMIT_HIGH",
                "severity", severity, "priority", severity.equals("HH") ? "HIGH" : "MEDIUM", "state", state,
                "active", !closed, "raisedAt", raisedAt.toString()));
        if (closed) {
            body.put("clearedAt", raisedAt.plusMinutes(1).toString());
        }
        send("alarms", objects(id.toString(), enterprise, raisedAt.toInstant().toEpochMilli() * 1000, body), 200);
        return id;
    }

    /** Forwards a standing orange warning of the enterprise; answers its id. */
    UUID forwardsWarning(String enterprise, OffsetDateTime raisedAt) throws Exception {
        UUID id = UUID.randomUUID();
        send("warnings", objects(id.toString(), enterprise, 1, Map.of("id", id.toString(), "enterpriseCode",
                enterprise, "jurisdictionPath", county.path(), "level", "ORANGE", "title", "橙色预警（较大）",
                "status", "STANDING", "raisedAt", raisedAt.toString(), "score", 60, "factors", List.of())), 200);
        return id;
    }

    /** Polls for its orders (it is heard). */
    void pollsOrders() throws Exception {
        send("orders", json.writeValueAsString(Map.of("platformCode", code(), "after", 0)), 200);
    }

    String objects(String id, String enterprise, long version, Map<String, Object> body) {
        return json.writeValueAsString(Map.of("platformCode", code(), "batchId", UUID.randomUUID().toString(),
                "objects", List.of(Map.of("id", id, "version", version, "enterpriseCode", enterprise,
                        "body", body))));
    }

    /** Posts a signed body as the city platform; answers the reply's body after checking its status. */
    String send(String kind, String body, int status) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long stamp = System.currentTimeMillis();
        MvcResult result = mvc.perform(post("/api/v1/cascade/" + kind).contentType(MediaType.APPLICATION_JSON)
                .header(CascadeWire.PLATFORM_CODE_HEADER, code()).header("X-Timestamp", stamp)
                .header("X-Signature", new RequestSigner(secret).sign(stamp, bytes)).content(bytes)).andReturn();
        assertThat(result.getResponse().getStatus()).as(kind + ": " + body(result)).isEqualTo(status);
        return body(result);
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
