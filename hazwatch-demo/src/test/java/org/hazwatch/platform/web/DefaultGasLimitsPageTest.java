package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hazwatch.platform.web.EnterprisePageTest.rowOf;
import static org.hazwatch.platform.web.WebSessions.login;
import static org.hazwatch.platform.web.WebSessions.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.platform.warning.Warnings;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A combustible-gas detector registered without limits, on the test's own enterprises: the alarm engine applies the
 * defaults of its kind (25/50 %LEL), and the enterprise page, the duty console, the trend and the warning model's
 * factor say the same.
 */
@DemoTest
class DefaultGasLimitsPageTest {

    static final String ENTERPRISE = "14083000461";
    static final String WARNED = "14083000463";

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Registry registry;
    @Autowired
    Accounts accounts;
    @Autowired
    Warnings warnings;

    @Test
    void aReadingOf30LelRaisesHighAndThePageConsoleAndTrendShowHighWithTheLinesAt25And50() throws Exception {
        GasDetectorPlant plant = GasDetectorPlant.importInto(mockMvc, accounts, ENTERPRISE);

        postReading(plant, 30.0);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(alarms(ENTERPRISE)).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("pointCode", plant.detector())
                        .containsEntry("severity", "H")));
        MockHttpSession operator = login(mockMvc, plant.operator(), GasDetectorPlant.PASSWORD);
        for (String uri : List.of("/enterprises/" + ENTERPRISE, "/console")) {
            String page = page(mockMvc, operator, uri);
            assertThat(rowOf(page.substring(page.indexOf("id=\"point-table\"")), plant.detector())).as(uri)
                    .contains("data-band=\"H\"", "高报", "<td>25.0</td><td>50.0</td>");
        }
        String trend = page(mockMvc, operator, "/enterprises/" + ENTERPRISE + "/points/" + plant.detector()
                + "/trend?range=1h");
        assertThat(JsonPath.<Map<String, Object>>read(trend, "$.limits")).containsExactly(Map.entry("H", 25.0),
                Map.entry("HH", 50.0));
    }

    @Test
    void aReadingOf55LelRaisesHighHighAndTheWarningNamesTheDefaultLimitOf50() throws Exception {
        GasDetectorPlant plant = GasDetectorPlant.importInto(mockMvc, accounts, WARNED);

        postReading(plant, 55.0);

        // the hazard source's warning; after the commitment deadline (time of day) the enterprise has one of its own
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(warnings.standing(WARNED))
                .filteredOn(w -> w.hazardSourceCode() != null)
                .singleElement().extracting(WarningView::factors).asString()
                .contains(plant.detector() + "）高高报", "当前值 55 %LEL（限值 50 %LEL）"));
    }

    private List<Map<String, Object>> alarms(String enterprise) throws Exception {
        return JsonPath.read(mockMvc.perform(get("/api/v1/alarms?enterprise=" + enterprise)
                .with(httpBasic("admin", "admin-test-password"))).andReturn().getResponse().getContentAsString(),
                "$");
    }

    /** A reading of the detector, signed by the enterprise's gateway and posted over the HTTP contract. */
    private void postReading(GasDetectorPlant plant, double value) throws Exception {
        byte[] body = WireJson.encode(new ReadingBatch(plant.enterprise(), plant.gateway(), UUID.randomUUID().toString(),
                List.of(new Reading(plant.detector(), OffsetDateTime.now(ZoneOffset.ofHours(8)), value,
                        Quality.GOOD))));
        var request = post("/api/v1/ingest/readings").contentType(MediaType.APPLICATION_JSON).content(body);
        new RequestSigner(registry.gateway(plant.gateway()).orElseThrow().secret())
                .headers(plant.gateway(), System.currentTimeMillis(), body).forEach(request::header);
        assertThat(mockMvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
