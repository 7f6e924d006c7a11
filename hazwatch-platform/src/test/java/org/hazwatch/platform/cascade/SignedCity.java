package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
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

/** A city platform registered on the platform under test, sending signed batches as docs/CASCADE.md says. */
record SignedCity(MockMvc mvc, ObjectMapper json, County city, String secret) {

    /** Registers the county as a city platform writing under itself. */
    static SignedCity register(MockMvc mvc, ObjectMapper json, County city) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/cascade/platforms").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"%s","name":"%s平台","jurisdiction":"%s"}""".formatted(city.code(), city.name(),
                        city.code()))).andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(201);
        return new SignedCity(mvc, json, city, JsonPath.read(body(result), "$.secret"));
    }

    /** A new enterprise of the city, its chlorine document sent, so it and its points are this city's. */
    String forwardedEnterprise() throws Exception {
        String enterprise = TestEnterprises.newCode(city);
        String document = TestEnterprises.chlorineDocument(enterprise, city.code(), "9.0");
        send("enterprises", objects(enterprise, enterprise, 1, json.readValue(document, Map.class)), 200);
        return enterprise;
    }

    String objects(String id, String enterprise, long version, Map<String, Object> body) {
        return json.writeValueAsString(Map.of("platformCode", city.code(), "batchId", UUID.randomUUID().toString(),
                "objects", List.of(Map.of("id", id, "version", version, "enterpriseCode", enterprise,
                        "body", body))));
    }

    /** Posts a signed body; answers the reply's body after checking its status. */
    String send(String kind, String body, int status) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long stamp = System.currentTimeMillis();
        MvcResult result = mvc.perform(post("/api/v1/cascade/" + kind).contentType(MediaType.APPLICATION_JSON)
                .header(CascadeWire.PLATFORM_CODE_HEADER, city.code()).header("X-Timestamp", stamp)
                .header("X-Signature", new RequestSigner(secret).sign(stamp, bytes)).content(bytes)).andReturn();
        assertThat(result.getResponse().getStatus()).as(kind + ": " + body(result)).isEqualTo(status);
        return body(result);
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
