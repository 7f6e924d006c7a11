package org.hazwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class RegistryImportTest {

    static final List<String> TABLES = List.of("enterprise", "hazard_source", "hazard_chemical", "custody_person",
            "equipment", "storage_medium", "point", "gateway", "camera");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registry registry;

    RegistryApi api;
    County county;
    String code;

    @BeforeEach
    void aCountyOfItsOwn() {
        api = new RegistryApi(mvc);
        county = TestJurisdictions.freshCounty(mvc);
        code = TestEnterprises.newCode(county);
    }

    @Test
    void importsAnEnterpriseAndRepliesWhatItCreatedWithTheNewGatewaysSecret() throws Exception {
        api.importJson(document("9.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterpriseCode").value(code))
                .andExpect(jsonPath("$.tables.enterprise.created").value(1))
                .andExpect(jsonPath("$.tables.point.created").value(2))
                .andExpect(jsonPath("$.tables.point.createdKeys", hasItem(code + "001G0001YW001")))
                .andExpect(jsonPath("$.tables.hazard_chemical.createdKeys[0]").value(code + "001/7782-50-5"))
                .andExpect(jsonPath("$.gateways", hasSize(1)))
                .andExpect(jsonPath("$.gateways[0].code").value(code + "01"))
                .andExpect(jsonPath("$.gateways[0].secret", matchesPattern("[0-9a-f]{64}")));

        PointDefinition level = registry.point(code + "001G0001YW001").orElseThrow();
        assertThat(level.enterpriseCode()).isEqualTo(code);
        assertThat(level.hh()).isEqualTo(9.0);
        assertThat(level.onDelay()).hasSeconds(60);
        assertThat(registry.gateway(code + "01").orElseThrow().secret()).hasSize(64);
        assertThat(registry.jurisdictionPathOf(code)).contains(county.path());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'registry.import' AND target_code = :c")
                .param("c", code).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void reimportingTheSameDocumentUpdatesInPlaceAndKeepsTheGatewaySecret() throws Exception {
        api.importJson(document("9.0")).andExpect(status().isOk());
        String secret = registry.gateway(code + "01").orElseThrow().secret();
        List<Integer> before = counts(code);

        api.importJson(document("9.5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables.point.created").value(0))
                .andExpect(jsonPath("$.tables.point.updated").value(2))
                .andExpect(jsonPath("$.gateways", hasSize(0)));

        assertThat(counts(code)).isEqualTo(before);
        assertThat(registry.point(code + "001G0001YW001").orElseThrow().hh()).isEqualTo(9.5);
        assertThat(registry.gateway(code + "01").orElseThrow().secret()).isEqualTo(secret);
    }

    @Test
    void removesWhatARevisedDocumentNoLongerHolds() throws Exception {
        api.importJson(document("9.0")).andExpect(status().isOk());
        String withoutDetector = document("9.0")
                .replaceAll(",\\s*\\{\"code\":\"" + code + "001Q0001\"[^\\]]*\\]\\}", "");

        api.importJson(withoutDetector)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables.equipment.removedKeys[0]").value(code + "001Q0001"))
                .andExpect(jsonPath("$.tables.point.removed").value(1));

        assertThat(registry.pointsOf(code)).extracting(PointDefinition::code).containsExactly(code + "001G0001YW001");
    }

    @Test
    void registersAndGradesCoalGasWhichHasNoCasNumber() throws Exception {
        String document = document("9.0")
                .replace("{\"cas\":\"7782-50-5\",\"name\":\"氯\",\"quantityTonnes\":20}",
                        "{\"cas\":\"7782-50-5\",\"name\":\"氯\",\"quantityTonnes\":20},"
                                + "{\"name\":\"煤气\",\"quantityTonnes\":10}");
        api.importJson(document)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables.hazard_chemical.createdKeys", hasItem(code + "001/煤气")));
        api.importJson(document).andExpect(jsonPath("$.tables.hazard_chemical.updated").value(2));
        // S = 20/5 + 10/20 = 4.5 (煤气 Q 20 t, GB 18218-2018 table 1)
        api.get("/api/v1/registry/hazard-sources/" + code + "001/grading")
                .andExpect(jsonPath("$.s").value(4.5))
                .andExpect(jsonPath("$.terms[1].Q").value(20.0));
    }

    @Test
    void refusesABadDocumentWithEveryProblemAndStoresNothing() throws Exception {
        List<Integer> before = counts(code);
        String bad = document("7.5")
                .replace("\"kind\":\"YW\"", "\"kind\":\"WD\"")
                .replace("\"quantityTonnes\":20", "\"quantityTonnes\":-1")
                .replace(code + "001Q0001YD001", code + "001G0001YW001");

        api.importJson(bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'hazardSources[0].equipment[0].points[0].hh')].reason",
                        hasItem(containsString("hh 7.5 must be ≥ h 8"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'hazardSources[0].equipment[0].points[0].kind')].reason",
                        hasItem(containsString("does not match the code's kind letters YW"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'hazardSources[0].chemicals[0].quantityTonnes')]",
                        hasSize(1)))
                .andExpect(jsonPath("$.errors[?(@.field == 'hazardSources[0].equipment[1].points[0].code')].reason",
                        hasItem(containsString("must begin with its equipment's code"))));

        assertThat(counts(code)).isEqualTo(before).containsOnly(0);
    }

    @Test
    void refusesAnEnterpriseWhoseCodeDoesNotNameTheCountyOfItsJurisdiction() throws Exception {
        api.importJson(TestEnterprises.chlorineDocument("14052100105", county.code(), "9.0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enterprise.jurisdiction"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("140521")));
    }

    @Test
    void reportsMalformedJsonAtItsPath() throws Exception {
        api.importJson("{\"enterprise\":{\"code\":\"14052500106\"},\"hazardSources\":[{\"exposedPeople\":\"many\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("hazardSources[0].exposedPeople")));
    }

    private String document(String hh) {
        return TestEnterprises.chlorineDocument(code, county.code(), hh);
    }

    private List<Integer> counts(String enterpriseCode) {
        return TABLES.stream().map(table -> jdbc.sql("SELECT count(*) FROM " + table + " WHERE "
                        + (table.equals("enterprise") ? "code" : "enterprise_code") + " = :e")
                .param("e", enterpriseCode).query(Integer.class).single()).toList();
    }
}
