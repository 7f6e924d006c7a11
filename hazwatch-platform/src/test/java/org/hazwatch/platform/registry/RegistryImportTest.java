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

    @BeforeEach
    void api() {
        api = new RegistryApi(mvc);
    }

    @Test
    void importsAnEnterpriseAndRepliesWhatItCreatedWithTheNewGatewaysSecret() throws Exception {
        api.importJson(RegistryApi.chlorineDocument("14052500101", "140525", "9.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterpriseCode").value("14052500101"))
                .andExpect(jsonPath("$.tables.enterprise.created").value(1))
                .andExpect(jsonPath("$.tables.point.created").value(2))
                .andExpect(jsonPath("$.tables.point.createdKeys", hasItem("14052500101001G0001YW001")))
                .andExpect(jsonPath("$.tables.hazard_chemical.createdKeys[0]").value("14052500101001/7782-50-5"))
                .andExpect(jsonPath("$.gateways", hasSize(1)))
                .andExpect(jsonPath("$.gateways[0].code").value("1405250010101"))
                .andExpect(jsonPath("$.gateways[0].secret", matchesPattern("[0-9a-f]{64}")));

        PointDefinition level = registry.point("14052500101001G0001YW001").orElseThrow();
        assertThat(level.enterpriseCode()).isEqualTo("14052500101");
        assertThat(level.hh()).isEqualTo(9.0);
        assertThat(level.onDelay()).hasSeconds(60);
        assertThat(registry.gateway("1405250010101").orElseThrow().secret()).hasSize(64);
        assertThat(registry.jurisdictionPathOf("14052500101")).contains("140000/140500/140525/");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'registry.import' AND target_code = :c")
                .param("c", "14052500101").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void reimportingTheSameDocumentUpdatesInPlaceAndKeepsTheGatewaySecret() throws Exception {
        String code = "14052500102";
        api.importJson(RegistryApi.chlorineDocument(code, "140525", "9.0")).andExpect(status().isOk());
        String secret = registry.gateway(code + "01").orElseThrow().secret();
        List<Integer> before = counts(code);

        api.importJson(RegistryApi.chlorineDocument(code, "140525", "9.5"))
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
        String code = "14052500103";
        api.importJson(RegistryApi.chlorineDocument(code, "140525", "9.0")).andExpect(status().isOk());
        String withoutDetector = RegistryApi.chlorineDocument(code, "140525", "9.0")
                .replaceAll(",\\s*\\{\"code\":\"" + code + "001Q0001\"[^\\]]*\\]\\}", "");

        api.importJson(withoutDetector)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables.equipment.removedKeys[0]").value(code + "001Q0001"))
                .andExpect(jsonPath("$.tables.point.removed").value(1));

        assertThat(registry.pointsOf(code)).extracting(PointDefinition::code).containsExactly(code + "001G0001YW001");
    }

    @Test
    void registersAndGradesCoalGasWhichHasNoCasNumber() throws Exception {
        String code = "14052500107";
        String document = RegistryApi.chlorineDocument(code, "140525", "9.0")
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
        String code = "14052500104";
        List<Integer> before = counts(code);
        String bad = RegistryApi.chlorineDocument(code, "140525", "7.5")
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
        api.importJson(RegistryApi.chlorineDocument("14052100105", "140525", "9.0"))
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

    private List<Integer> counts(String enterpriseCode) {
        return TABLES.stream().map(table -> jdbc.sql("SELECT count(*) FROM " + table + " WHERE "
                        + (table.equals("enterprise") ? "code" : "enterprise_code") + " = :e")
                .param("e", enterpriseCode).query(Integer.class).single()).toList();
    }
}
