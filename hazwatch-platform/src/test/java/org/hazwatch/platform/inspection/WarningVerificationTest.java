package org.hazwatch.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.hazwatch.platform.TestJurisdictions.County;
import org.hazwatch.platform.inspection.rules.VerificationVerdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Verification (核查) of a warning, {@code POST /api/v1/warnings/{id}/verification}: the county regulator over the
 * enterprise records it (201, listed, audited, counted); another county's regulator gets 404; a verdict that is not
 * one of the three is 400 and records nothing. The warning is a standing orange one of the test's own enterprise.
 */
@PlatformTest
class WarningVerificationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Verifications verifications;

    @Test
    void theCountyVerifiesAWarningAnotherCountyGetsNotFoundAndABadVerdictIsRefused() {
        MockMvcTester api = MockMvcTester.create(mvc);
        TestEnterprise plant = TestEnterprises.importFresh(mvc);
        County other = TestJurisdictions.freshCounty(mvc);
        RequestPostProcessor county = plant.county().regulator();
        Instant from = Instant.now().minusSeconds(60);
        String id = standingWarning(plant);
        String uri = "/api/v1/warnings/" + id + "/verification";

        // the patrol's item ⑤ names it: standing, no case signed for (SPEC §9 ⑤)
        assertThat(api.get().uri("/api/v1/patrols/prefill?enterprise=" + plant.code()).with(county)).hasStatusOk()
                .bodyJson().extractingPath("$[?(@.item == 'WARNINGS_HANDLED')].result").asArray()
                .containsExactly("ABNORMAL");
        assertThat(api.get().uri("/api/v1/patrols/prefill?enterprise=" + plant.code()).with(county)).bodyJson()
                .extractingPath("$[?(@.item == 'WARNINGS_HANDLED')].evidence").asArray().singleElement()
                .asString().startsWith("预警 橙色 自 ").endsWith(" 未签收");

        assertThat(api.post().uri(uri).with(other.regulator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"verdict\":\"FALSE\",\"note\":\"x\"}")).hasStatus(404);
        assertThat(api.get().uri(uri).with(other.regulator())).hasStatus(404);
        assertThat(api.post().uri(uri).with(county).contentType(MediaType.APPLICATION_JSON)
                .content("{\"verdict\":\"MAYBE\"}")).hasStatus(400);
        assertThat(api.post().uri(uri).with(county).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"无结论\"}")).hasStatus(400).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("verdict");
        assertThat(api.post().uri("/api/v1/warnings/" + UUID.randomUUID() + "/verification").with(county)
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"FALSE\"}")).hasStatus(404);
        assertThat(api.get().uri(uri).with(county)).hasStatusOk().bodyJson().extractingPath("$").asArray().isEmpty();

        assertThat(api.post().uri(uri).with(county).contentType(MediaType.APPLICATION_JSON)
                .content("{\"verdict\":\"CONFIRMED\",\"note\":\"现场核实，压力偏高属实\"}")).hasStatus(201)
                .bodyJson().extractingPath("$.verdict").isEqualTo("CONFIRMED");

        assertThat(api.get().uri(uri).with(county)).hasStatusOk().bodyJson().extractingPath("$[*].note").asArray()
                .containsExactly("现场核实，压力偏高属实");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'warning.verify' AND target_code = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT detail->>'verdict' FROM audit_log WHERE action = 'warning.verify'"
                + " AND target_code = :id").param("id", id).query(String.class).single()).isEqualTo("CONFIRMED");
        Map<VerificationVerdict, Long> counts = verifications.counts(plant.code(), Verifications.WARNING, from,
                Instant.now().plusSeconds(1));
        assertThat(counts).containsEntry(VerificationVerdict.CONFIRMED, 1L)
                .containsEntry(VerificationVerdict.FALSE, 0L);
    }

    /** A standing orange warning of the enterprise's hazard source, raised ten minutes ago. */
    private String standingWarning(TestEnterprise plant) {
        UUID id = UUID.randomUUID();
        Timestamp raised = Timestamp.from(Instant.now().minusSeconds(600));
        jdbc.sql("""
                INSERT INTO warning (id, enterprise_code, hazard_source_code, jurisdiction_path, level, peak_level,
                    status, raised_at, updated_at, score, factors, signature)
                SELECT :id, :e, :source, jurisdiction_path, 'ORANGE', 'ORANGE', 'STANDING', :raised, :raised, 60,
                    '[]'::jsonb, '[]'::jsonb FROM enterprise WHERE code = :e""")
                .param("id", id).param("e", plant.code()).param("source", plant.hazardSource())
                .param("raised", raised).update();
        return id.toString();
    }
}
