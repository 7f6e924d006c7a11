package org.hazwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.TestJurisdictions.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Editing one object of the base data goes through the import's checks, events and audit (issue 16). */
@PlatformTest
class SingleObjectEditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registry registry;

    static String levelPoint(String code, String hh) {
        return """
                {"code":"%s","name":"液位","kind":"YW","unit":"m","rangeLow":0,"rangeHigh":10,"ll":0.5,"l":1.0,
                 "h":8.0,"hh":%s,"deadband":0.5,"onDelaySeconds":60,"tagNumber":"LT-101"}""".formatted(code, hh);
    }

    @Test
    void aPointEditedWithAnInvalidValueIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        TestEnterprise e = TestEnterprises.importFresh(mvc);

        mvc.perform(put("/api/v1/registry/points/" + e.levelPoint()).with(e.county().regulator())
                        .contentType(MediaType.APPLICATION_JSON).content(levelPoint(e.levelPoint(), "12.5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("hh"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString(
                        "hh 12.5 lies outside the range 0 … 10")));

        assertThat(registry.point(e.levelPoint()).orElseThrow().hh()).isEqualTo(9.0);
        mvc.perform(get("/api/v1/registry/enterprises/" + e.code() + "/points").with(admin()))
                .andExpect(jsonPath("$[?(@.code == '%s')].hh".formatted(e.levelPoint())).value(9.0));
        mvc.perform(get("/api/v1/audit?action=registry.edit&limit=500").with(e.county().regulator()))
                .andExpect(jsonPath("$[?(@.targetCode == '%s')]".formatted(e.levelPoint())).isEmpty());
    }

    @Test
    void aValidPointEditIsAuditedAndSeenByTheReadModel() throws Exception {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        assertThat(registry.point(e.levelPoint()).orElseThrow().hh()).isEqualTo(9.0);

        mvc.perform(put("/api/v1/registry/points/" + e.levelPoint()).with(e.county().regulator())
                        .contentType(MediaType.APPLICATION_JSON).content(levelPoint(e.levelPoint(), "9.5")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables.point.updated").value(2))
                .andExpect(jsonPath("$.tables.point.removed").value(0));

        assertThat(registry.point(e.levelPoint()).orElseThrow().hh()).isEqualTo(9.5);
        assertThat(registry.registration(e.code()).orElseThrow().points()).hasSize(2);
        mvc.perform(get("/api/v1/audit?action=registry.edit&limit=500").with(e.county().regulator()))
                .andExpect(jsonPath("$[?(@.targetCode == '%s')].targetType".formatted(e.levelPoint()))
                        .value("point"))
                .andExpect(jsonPath("$[?(@.targetCode == '%s')].username".formatted(e.levelPoint()))
                        .value(e.county().regulatorUsername()))
                .andExpect(jsonPath("$[?(@.targetCode == '%s')].detail.before.hh".formatted(e.levelPoint()))
                        .value(9.0))
                .andExpect(jsonPath("$[?(@.targetCode == '%s')].detail.after.hh".formatted(e.levelPoint()))
                        .value(9.5));
    }

    @Test
    void aLoadingPlatformsFieldsBelongToLoadingPlatformsOnly() throws Exception {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        String tank = """
                {"type":"G0","name":"1#液氯储罐","medium":"7782-50-5","volumeM3":30,"designPressureMpa":1.6,
                 "loadingArms":4,
                 "storageMedia":[{"cas":"7782-50-5","name":"液氯","form":"liquid","maxQuantityTonnes":25}]}""";

        mvc.perform(put("/api/v1/registry/equipment/" + e.equipment()).with(e.county().regulator())
                        .contentType(MediaType.APPLICATION_JSON).content(tank))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("loadingArms"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("装卸台 (ZX)")));
        mvc.perform(get("/api/v1/registry/enterprises/" + e.code()).with(admin()))
                .andExpect(jsonPath("$.baseData.hazardSources[0].equipment[0].loadingArms").doesNotExist());
    }

    @Test
    void anotherCountysRegulatorIsAnsweredNotFoundAndAnOperatorIsRefused() throws Exception {
        TestEnterprise e = TestEnterprises.importFresh(mvc);
        TestJurisdictions.County other = TestJurisdictions.freshCounty(mvc);

        mvc.perform(put("/api/v1/registry/points/" + e.levelPoint()).with(other.regulator())
                        .contentType(MediaType.APPLICATION_JSON).content(levelPoint(e.levelPoint(), "9.5")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/registry/points/" + e.code() + "001G0001YW999").with(e.county().regulator())
                        .contentType(MediaType.APPLICATION_JSON).content(levelPoint(e.levelPoint(), "9.5")))
                .andExpect(status().isNotFound());
        assertThat(registry.point(e.levelPoint()).orElseThrow().hh()).isEqualTo(9.0);
    }
}
