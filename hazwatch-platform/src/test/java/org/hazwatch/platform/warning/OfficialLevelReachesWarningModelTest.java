package org.hazwatch.platform.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A regulator's official level (认定级别) is what the warning model weighs, within a second of the PUT. */
@PlatformTest
class OfficialLevelReachesWarningModelTest {

    @Autowired
    Registry registry;
    @Autowired
    WarningPoints points;
    @Autowired
    MockMvc mvc;

    @Test
    void anOfficialLevelChangesTheWarningModelsInputWithinOneSecond() throws Exception {
        County county = TestJurisdictions.freshCounty(mvc);
        String enterprise = TestEnterprises.newCode(county);
        String source = enterprise + "001";
        registry.importJson(Actor.system(),
                WarningEngineTest.document(enterprise, county.code()).getBytes(StandardCharsets.UTF_8));
        assertThat(level(enterprise)).as("computed: 200 t of chlorine, 40 people").isEqualTo(1);

        mvc.perform(put("/api/v1/registry/hazard-sources/" + source + "/official-level")
                        .with(county.regulator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":3}"))
                .andExpect(status().isOk());

        await().atMost(1, TimeUnit.SECONDS).until(() -> level(enterprise) == 3);
        assertThat(points.plant(enterprise).orElseThrow().sources()).singleElement()
                .extracting(HazardSourceView::officialLevel, HazardSourceView::computedLevel).containsExactly(3, 1);
    }

    private int level(String enterprise) {
        return points.plant(enterprise).orElseThrow().sources().get(0).level();
    }
}
