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
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.org.Accounts;
import org.hazwatch.platform.org.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class RegistryScopeAndGradingTest {

    static final String PASSWORD = TestJurisdictions.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    RegistryApi api;
    County county;
    County otherCounty;
    String inCounty;
    String inOtherCounty;
    String bureau;
    String enterpriseAdmin;
    String duty;

    @BeforeEach
    void enterprisesInTwoCountiesAndTheirUsers() {
        api = new RegistryApi(mvc);
        county = TestJurisdictions.freshCounty(mvc);
        otherCounty = TestJurisdictions.freshCounty(mvc);
        inCounty = TestEnterprises.importInto(mvc, county).code();
        inOtherCounty = TestEnterprises.importInto(mvc, otherCounty).code();
        bureau = county.regulatorUsername();
        enterpriseAdmin = "admin-" + inCounty;
        duty = "duty-" + inCounty;
        accounts.createIfAbsent(enterpriseAdmin, "企业管理员", PASSWORD, Role.ENTERPRISE_ADMIN, inCounty);
        accounts.createIfAbsent(duty, "值班人员", PASSWORD, Role.ENTERPRISE_OPERATOR, inCounty);
    }

    @Test
    void aCountyRegulatorGetsNotFoundForAnotherCountysEnterprise() throws Exception {
        api.get(bureau, PASSWORD, "/api/v1/registry/enterprises/" + inOtherCounty)
                .andExpect(status().isNotFound());
        api.get(bureau, PASSWORD, "/api/v1/registry/enterprises/" + inOtherCounty + "/points")
                .andExpect(status().isNotFound());
        api.get(bureau, PASSWORD, "/api/v1/registry/hazard-sources/" + inOtherCounty + "001/grading")
                .andExpect(status().isNotFound());
        api.get(bureau, PASSWORD, "/api/v1/registry/enterprises/" + inCounty)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise.code").value(inCounty))
                .andExpect(jsonPath("$.hazardSources[0].level").value(3))
                .andExpect(jsonPath("$.baseData.hazardSources[0].equipment[0].points[0].hh").value(9.0));
    }

    @Test
    void aCountyRegulatorsListHoldsOnlyItsSubtree() throws Exception {
        api.get(bureau, PASSWORD, "/api/v1/registry/enterprises?size=500")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem(inCounty)))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(inOtherCounty))))
                .andExpect(jsonPath("$.items[*].jurisdictionPath", everyItem(startsWith(county.path()))));
        api.get("/api/v1/registry/enterprises?jurisdiction=" + otherCounty.code() + "&size=500")
                .andExpect(jsonPath("$.items[*].code", hasItem(inOtherCounty)))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(inCounty))));
        api.get(enterpriseAdmin, PASSWORD, "/api/v1/registry/enterprises")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(inCounty));
    }

    @Test
    void writesAreForTheAdminTheRegulatorAboveAndTheEnterprisesOwnAdministrator() throws Exception {
        api.importJson(bureau, PASSWORD, document(inOtherCounty, otherCounty.code(), "9.0"))
                .andExpect(status().isNotFound());
        String newInOtherCounty = TestEnterprises.newCode(otherCounty);
        api.importJson(bureau, PASSWORD, document(newInOtherCounty, otherCounty.code(), "9.0"))
                .andExpect(status().isForbidden());
        api.importJson(duty, PASSWORD, document(inCounty, county.code(), "9.0"))
                .andExpect(status().isForbidden());
        api.importJson(enterpriseAdmin, PASSWORD, document(inCounty, county.code(), "9.2"))
                .andExpect(status().isOk());
        api.importJson(bureau, PASSWORD, document(inCounty, county.code(), "9.0"))
                .andExpect(status().isOk());
    }

    @Test
    void gradesTwentyTonnesOfChlorineWithFortyPeopleExposedAsLevelThree() throws Exception {
        // GB 18218-2018: S = 20/5 = 4; R = α·β·q/Q = 1.2 · 4 · 4 = 19.2, so 10 ≤ R < 50 → 三级
        api.get(bureau, PASSWORD, "/api/v1/registry/hazard-sources/" + inCounty + "001/grading")
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
        String path = "/api/v1/registry/hazard-sources/" + inOtherCounty + "001/official-level";
        mvc.perform(put(path).with(httpBasic(enterpriseAdmin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\":2}")).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/registry/hazard-sources/" + inCounty + "001/official-level")
                .with(httpBasic(enterpriseAdmin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\":2}")).andExpect(status().isForbidden());
        mvc.perform(put(path).with(httpBasic(RegistryApi.ADMIN, RegistryApi.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officialLevel").value(2))
                .andExpect(jsonPath("$.computedLevel").value(3))
                .andExpect(jsonPath("$.level").value(2));
        api.get("/api/v1/registry/hazard-sources/" + inOtherCounty + "001/grading")
                .andExpect(jsonPath("$.level").value(3))
                .andExpect(jsonPath("$.officialLevel").value(2));
        mvc.perform(put(path).with(httpBasic(RegistryApi.ADMIN, RegistryApi.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\":null}"))
                .andExpect(jsonPath("$.level").value(3));
    }

    @Test
    void theExportIsTheImportShapeWithoutSecrets() throws Exception {
        api.get(enterpriseAdmin, PASSWORD, "/api/v1/registry/enterprises/" + inCounty + "/export")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise.jurisdiction").value(county.code()))
                .andExpect(jsonPath("$.gateways[0].code").value(inCounty + "01"))
                .andExpect(jsonPath("$.gateways[0].samplingPeriodSeconds").value(60))
                .andExpect(content().string(not(containsString("secret"))));
    }

    private static String document(String enterprise, String county, String hh) {
        return TestEnterprises.chlorineDocument(enterprise, county, hh);
    }

    @Test
    void theOpenApiDocumentListsTheRegistryEndpoints() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/registry/import']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/registry/hazard-sources/{code}/grading']").exists());
    }
}
