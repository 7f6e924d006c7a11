package org.hazwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PlatformTest
class ChemicalControllerTest {

    @Autowired
    MockMvc mockMvc;

    private MockMvcTester mvc() {
        return MockMvcTester.create(mockMvc);
    }

    @Test
    void listsTheWholeCatalogue() {
        assertThat(mvc().get().uri("/api/v1/registry/chemicals").with(user("x")))
                .hasStatusOk()
                .bodyJson().extractingPath("$.length()").isEqualTo(86);
    }

    @Test
    void filtersByNameAliasOrCas() {
        assertThat(mvc().get().uri("/api/v1/registry/chemicals?q=液氯").with(user("x")))
                .hasStatusOk()
                .bodyJson().extractingPath("$[*].name").asArray().containsExactly("氯");
        assertThat(mvc().get().uri("/api/v1/registry/chemicals?q=9004-70").with(user("x")))
                .hasStatusOk()
                .bodyJson().extractingPath("$.length()").isEqualTo(6);
    }

    @Test
    void showsOneChemicalWithTheQAndBetaTheGradingTakes() {
        var body = assertThat(mvc().get().uri("/api/v1/registry/chemicals/7782-50-5").with(user("x")))
                .hasStatusOk().bodyJson();
        body.extractingPath("$.name").isEqualTo("氯");
        body.extractingPath("$.criticalTonnes").isEqualTo(5.0);
        body.extractingPath("$.beta").isEqualTo(4.0);
        body.extractingPath("$.basis").isEqualTo("Q 取表1第12项「氯」5 t；β 取表3 毒性气体「氯」4");
    }

    @Test
    void answersNotFoundForAnUnknownCas() {
        assertThat(mvc().get().uri("/api/v1/registry/chemicals/1-1-1").with(user("x"))).hasStatus(404);
    }

    @Test
    void listsTheHazardClassesOfTable2() {
        assertThat(mvc().get().uri("/api/v1/registry/hazard-classes").with(user("x")))
                .hasStatusOk()
                .bodyJson().extractingPath("$[8].symbol").isEqualTo("W2");
    }
}
