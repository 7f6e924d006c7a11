package org.hazwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.warning.Warnings;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An enterprise of 临猗县 (140821) is moved by a re-import to 万荣县 (140822), both under 运城市: its open alarm,
 * its warning and its handling case, raised from signed readings before the move, are then the new county's and no
 * longer the old one's. Its own enterprise and counties, away from the demo's 泽州县; alarms through the registry's
 * points, as the platform runs.
 */
@DemoTest
class EnterpriseMoveTest {

    static final String ENTERPRISE = "14082100001";
    static final String GATEWAY = ENTERPRISE + "01";
    static final String LEVEL = ENTERPRISE + "001G0001YW001";
    static final String PASSWORD = "move-pass-1";
    static final String LINYI = "move-linyi";
    static final String WANRONG = "move-wanrong";

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Registry registry;
    @Autowired
    Warnings warnings;

    MockMvcTester mvc;
    RegistryApi api;

    /** The SPEC's chlorine tank farm (level 3), its tank's level point with HH 9 m and a 60 s on-delay. */
    static String document(String jurisdiction) {
        return TestEnterprises.chlorineDocument(ENTERPRISE, jurisdiction, "9.0");
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcTester.create(mockMvc);
        api = new RegistryApi(mockMvc);
        accounts.createIfAbsent(LINYI, "临猗县应急管理局", PASSWORD, Role.REGULATOR, "140821");
        accounts.createIfAbsent(WANRONG, "万荣县应急管理局", PASSWORD, Role.REGULATOR, "140822");
    }

    @Test
    void movingAnEnterpriseToAnotherCountyHandsItsOpenAlarmsWarningsAndCasesToThatCounty() throws Exception {
        api.importJson(document("140821")).andExpect(status().isOk());
        sendHighHigh();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> !warnings.standing(ENTERPRISE).isEmpty() && !ids(LINYI, "/api/v1/disposals", "$[*].warningId").isEmpty());
        List<String> alarms = ids(LINYI, "/api/v1/alarms", "$[*].id");
        List<String> standing = ids(LINYI, "/api/v1/warnings?status=STANDING", "$.items[*].id");
        List<String> cases = ids(LINYI, "/api/v1/disposals", "$[*].warningId");
        assertThat(alarms).isNotEmpty();
        assertThat(standing).isNotEmpty();
        assertThat(ids(WANRONG, "/api/v1/alarms", "$[*].id")).isEmpty();

        api.importJson(document("140822")).andExpect(status().isOk());

        assertThat(ids(WANRONG, "/api/v1/alarms", "$[*].id")).containsExactlyInAnyOrderElementsOf(alarms);
        assertThat(ids(WANRONG, "/api/v1/warnings?status=STANDING", "$.items[*].id"))
                .containsExactlyInAnyOrderElementsOf(standing);
        assertThat(ids(WANRONG, "/api/v1/disposals", "$[*].warningId")).containsExactlyInAnyOrderElementsOf(cases);
        assertThat(ids(LINYI, "/api/v1/alarms", "$[*].id")).isEmpty();
        assertThat(ids(LINYI, "/api/v1/warnings?status=STANDING", "$.items[*].id")).isEmpty();
        assertThat(ids(LINYI, "/api/v1/disposals", "$[*].warningId")).isEmpty();
        assertThat(as(LINYI, "/api/v1/alarms/" + alarms.get(0))).hasStatus(404);
        assertThat(as(WANRONG, "/api/v1/alarms/" + alarms.get(0))).hasStatusOk();
        assertThat(as(LINYI, "/api/v1/warnings/" + standing.get(0) + "/disposal")).hasStatus(404);
        assertThat(as(WANRONG, "/api/v1/warnings/" + standing.get(0) + "/disposal")).hasStatusOk();
        assertThat(as(WANRONG, "/api/v1/registry/enterprises/" + ENTERPRISE)).hasStatusOk().bodyJson()
                .extractingPath("$.enterprise.jurisdictionPath").isEqualTo("140000/140800/140822/");
    }

    /** Two readings beyond HH, 70 s apart, so that the point's on-delay is served, over the signed contract. */
    private void sendHighHigh() throws Exception {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        byte[] body = WireJson.encode(new ReadingBatch(ENTERPRISE, GATEWAY, "move-1", List.of(
                new Reading(LEVEL, at.minusSeconds(70), 9.5, Quality.GOOD),
                new Reading(LEVEL, at, 9.6, Quality.GOOD))));
        var request = post("/api/v1/ingest/readings").contentType(MediaType.APPLICATION_JSON).content(body);
        new RequestSigner(registry.gateway(GATEWAY).orElseThrow().secret())
                .headers(GATEWAY, System.currentTimeMillis(), body).forEach(request::header);
        assertThat(mvc.perform(request)).hasStatusOk().bodyJson().extractingPath("$.accepted").isEqualTo(2);
    }

    /** The values at {@code path} of what {@code user} reads at {@code uri} about the enterprise. */
    private List<String> ids(String user, String uri, String path) throws Exception {
        MvcTestResult result = as(user, uri + (uri.contains("?") ? "&" : "?") + "enterprise=" + ENTERPRISE);
        assertThat(result).hasStatusOk();
        List<Object> values = JsonPath.read(result.getResponse().getContentAsString(), path);
        return values.stream().map(String::valueOf).toList();
    }

    private MvcTestResult as(String user, String uri) {
        return mvc.get().uri(uri).with(httpBasic(user, PASSWORD)).exchange();
    }
}
