package org.hazwatch.platform.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * The duty room's kinds on the province (docs/CASCADE.md): handling steps, commitments, custody checks and filings
 * of a city are stored each version once, the newest standing, shown with their origin to users who see the city's
 * node (and to no one else), refused outside the city's node, and read-only here.
 */
@PlatformTest
class CascadeDutyRoomTest {

    private static final List<String> KINDS = List.of("handling-steps", "commitments", "custody-checks", "filings");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachKindIsStoredOnceTheNewestStandingAndShownWithItsOriginToThoseWhoSeeTheCity() throws Exception {
        County city = TestJurisdictions.freshCounty(mvc);
        County other = TestJurisdictions.freshCounty(mvc);
        SignedCity signed = SignedCity.register(mvc, json, city);
        String enterprise = signed.forwardsEnterprise();
        String outside = TestEnterprises.importInto(mvc, other).code();

        for (String kind : KINDS) {
            String id = kind.equals("commitments") ? enterprise + "/2026-12-06" : UUID.randomUUID().toString();
            String newer = signed.objects(id, enterprise, 20, Map.of("id", id, "enterpriseCode", enterprise,
                    "status", "NEWER"));
            assertThat(signed.send(kind, newer, 200)).contains("\"accepted\":1", "\"duplicates\":0");
            assertThat(signed.send(kind, newer, 200)).as(kind).contains("\"accepted\":0", "\"duplicates\":1");
            assertThat(signed.send(kind, signed.objects(id, enterprise, 10, Map.of("id", id, "enterpriseCode",
                    enterprise, "status", "OLDER")), 200)).contains("\"accepted\":1");
            assertThat(signed.send(kind, signed.objects(UUID.randomUUID().toString(), outside, 1,
                    Map.of("enterpriseCode", outside)), 403)).as(kind).contains("outside");

            String shown = read(kind, enterprise, city.regulator());
            assertThat(JsonPath.<List<String>>read(shown, "$[*].origin")).as(kind).containsExactly(city.code());
            assertThat(JsonPath.<List<String>>read(shown, "$[*].status")).as(kind + ": the newest stands")
                    .containsExactly("NEWER");
            assertThat(JsonPath.<List<String>>read(read(kind, enterprise, other.regulator()), "$[*]"))
                    .as(kind + ": another county sees none of it").isEmpty();
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM cascade_object_version WHERE source_platform = :c AND kind <> 'ENTERPRISE'""")
                .param("c", city.code()).query(Long.class).single()).as("two versions of each kind").isEqualTo(8);
    }

    @Test
    void aForwardedFilingOrHandlingCannotBeAnsweredHereAndStaysAsTheCitySentIt() throws Exception {
        County city = TestJurisdictions.freshCounty(mvc);
        SignedCity signed = SignedCity.register(mvc, json, city);
        String enterprise = signed.forwardsEnterprise();
        String filing = UUID.randomUUID().toString();
        String warning = UUID.randomUUID().toString();
        signed.send("filings", signed.objects(filing, enterprise, 1, Map.of("id", filing, "enterpriseCode",
                enterprise, "status", "SUBMITTED")), 200);
        signed.send("handling-steps", signed.objects(warning, enterprise, 1, Map.of("warningId", warning,
                "enterpriseCode", enterprise, "state", "FED_BACK")), 200);

        assertThat(mvc.perform(post("/api/v1/filings/" + filing + "/acknowledge").with(city.regulator())
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"同意\"}")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/warnings/" + warning + "/verify").with(city.regulator())
                .contentType(MediaType.APPLICATION_JSON).content("{\"passed\":true,\"comment\":\"已核实\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/filings/" + UUID.randomUUID() + "/acknowledge").with(city.regulator())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus())
                .as("a filing no one has").isEqualTo(404);
        assertThat(JsonPath.<List<String>>read(read("filings", enterprise, city.regulator()), "$[*].status"))
                .containsExactly("SUBMITTED");
        assertThat(JsonPath.<List<String>>read(read("handling-steps", enterprise, city.regulator()), "$[*].state"))
                .containsExactly("FED_BACK");
        assertThat(jdbc.sql("SELECT count(*) FROM cascade_object_version WHERE object_id IN (:f, :w)")
                .param("f", filing).param("w", warning).query(Long.class).single()).isEqualTo(2);
    }

    private String read(String kind, String enterprise, RequestPostProcessor user) throws Exception {
        var result = mvc.perform(get("/api/v1/cascade/forwarded/" + kind).param("enterprise", enterprise)
                .with(user)).andReturn();
        assertThat(result.getResponse().getStatus()).as(SignedCity.body(result)).isEqualTo(200);
        return SignedCity.body(result);
    }
}
