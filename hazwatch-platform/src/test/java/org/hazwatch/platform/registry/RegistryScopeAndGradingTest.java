package org.hazwatch.platform.registry;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class RegistryScopeAndGradingTest {

    static final String ZEZHOU = "14052500201";
    static final String QINSHUI = "14052100201";
    static final String PASSWORD = "scope-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    RegistryApi api;

    @BeforeEach
    void enterprisesInTwoCountiesAndTheirUsers() throws Exception {
        api = new RegistryApi(mvc);
        api.importJson(RegistryApi.chlorineDocument(ZEZHOU, "140525", "9.0")).andExpect(status().isOk());
        api.importJson(RegistryApi.chlorineDocument(QINSHUI, "140521", "9.0")).andExpect(status().isOk());
        accounts.createIfAbsent("zezhou-bureau", "泽州县应急管理局", PASSWORD, Role.REGULATOR, "140525");
        accounts.createIfAbsent("zezhou-admin", "企业管理员", PASSWORD, Role.ENTERPRISE_ADMIN, ZEZHOU);
        accounts.createIfAbsent("zezhou-duty", "值班人员", PASSWORD, Role.ENTERPRISE_OPERATOR, ZEZHOU);
    }

    @Test
    void aCountyRegulatorGetsNotFoundForAnotherCountysEnterprise() throws Exception {
        api.get("zezhou-bureau", PASSWORD, "/api/v1/registry/enterprises/" + QINSHUI).andExpect(status().isNotFound());
        api.get("zezhou-bureau", PASSWORD, "/api/v1/registry/enterprises/" + QINSHUI + "/points")
                .andExpect(status().isNotFound());
        api.get("zezhou-bureau", PASSWORD, "/api/v1/registry/hazard-sources/" + QINSHUI + "001/grading")
                .andExpect(status().isNotFound());
        api.get("zezhou-bureau", PASSWORD, "/api/v1/registry/enterprises/" + ZEZHOU)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise.code").value(ZEZHOU))
                .andExpect(jsonPath("$.hazardSources[0].level").value(3))
                .andExpect(jsonPath("$.baseData.hazardSources[0].equipment[0].points[0].hh").value(9.0));
    }

    @Test
    void aCountyRegulatorsListHoldsOnlyItsSubtree() throws Exception {
        api.get("zezhou-bureau", PASSWORD, "/api/v1/registry/enterprises?size=500")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem(ZEZHOU)))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(QINSHUI))))
                .andExpect(jsonPath("$.items[*].jurisdictionPath", everyItem(startsWith("140000/140500/140525/"))));
        api.get("/api/v1/registry/enterprises?jurisdiction=140521&size=500")
                .andExpect(jsonPath("$.items[*].code", hasItem(QINSHUI)))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(ZEZHOU))));
        api.get("zezhou-admin", PASSWORD, "/api/v1/registry/enterprises")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(ZEZHOU));
    }

    @Test
    void writesAreForTheAdminTheRegulatorAboveAndTheEnterprisesOwnAdministrator() throws Exception {
        api.importJson("zezhou-bureau", PASSWORD, RegistryApi.chlorineDocument(QINSHUI, "140521", "9.0"))
                .andExpect(status().isNotFound());
        api.importJson("zezhou-bureau", PASSWORD, RegistryApi.chlorineDocument("14052100299", "140521", "9.0"))
                .andExpect(status().isForbidden());
        api.importJson("zezhou-duty", PASSWORD, RegistryApi.chlorineDocument(ZEZHOU, "140525", "9.0"))
                .andExpect(status().isForbidden());
        api.importJson("zezhou-admin", PASSWORD, RegistryApi.chlorineDocument(ZEZHOU, "140525", "9.2"))
                .andExpect(status().isOk());
        api.importJson("zezhou-bureau", PASSWORD, RegistryApi.chlorineDocument(ZEZHOU, "140525", "9.0"))
                .andExpect(status().isOk());
    }

    @Test
    void gradesTwentyTonnesOfChlorineWithFortyPeopleExposedAsLevelThree() throws Exception {
        // GB 18218-2018: S = 20/5 = 4; R = α·β·q/Q = 1.2 · 4 · 4 = 19.2, so 10 ≤ R < 50 → 三级
        api.get("zezhou-bureau", PASSWORD, "/api/v1/registry/hazard-sources/" + ZEZHOU + "001/grading")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.s", closeTo(4.0, 1e-9)))
                .andExpect(jsonPath("$.r", closeTo(19.2, 1e-9)))
                .andExpect(jsonPath("$.level").value(3))
                .andExpect(jsonPath("$.alpha", closeTo(1.2, 1e-9)))
                .andExpect(jsonPath("$.majorHazard").value(true))
                .andExpect(jsonPath("$.terms[0].cas").value("7782-50-5"))
                .andExpect(jsonPath("$.terms[0].Q", closeTo(5.0, 1e-9)))
                .andExpect(jsonPath("$.terms[0].beta", closeTo(4.0, 1e-9)))
                .andExpect(jsonPath("$.terms[0].ratio", closeTo(4.0, 1e-9)));
    }

    @Test
    void anOfficialLevelOverridesTheComputedOneAndOnlyRegulatorsRecordIt() throws Exception {
        String path = "/api/v1/registry/hazard-sources/" + QINSHUI + "001/official-level";
        mvc.perform(put(path).with(httpBasic("zezhou-admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\":2}")).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/registry/hazard-sources/" + ZEZHOU + "001/official-level")
                .with(httpBasic("zezhou-admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\":2}")).andExpect(status().isForbidden());
        mvc.perform(put(path).with(httpBasic(RegistryApi.ADMIN, RegistryApi.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officialLevel").value(2))
                .andExpect(jsonPath("$.computedLevel").value(3))
                .andExpect(jsonPath("$.level").value(2));
        api.get("/api/v1/registry/hazard-sources/" + QINSHUI + "001/grading")
                .andExpect(jsonPath("$.level").value(3))
                .andExpect(jsonPath("$.officialLevel").value(2));
        mvc.perform(put(path).with(httpBasic(RegistryApi.ADMIN, RegistryApi.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":null}"))
                .andExpect(jsonPath("$.level").value(3));
    }

    @Test
    void theExportIsTheImportShapeWithoutSecrets() throws Exception {
        api.get("zezhou-admin", PASSWORD, "/api/v1/registry/enterprises/" + ZEZHOU + "/export")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise.jurisdiction").value("140525"))
                .andExpect(jsonPath("$.gateways[0].code").value(ZEZHOU + "01"))
                .andExpect(jsonPath("$.gateways[0].samplingPeriodSeconds").value(60))
                .andExpect(content().string(not(containsString("secret"))));
    }

    @Test
    void theOpenApiDocumentListsTheRegistryEndpoints() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/registry/import']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/registry/hazard-sources/{code}/grading']").exists());
    }
}
