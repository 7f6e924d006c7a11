package org.hazwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code POST /api/v1/registry/gateways/{code}/secret} (issue 19): new secret once, old one for 24 h, audited. */
@PlatformTest
class GatewaySecretRotationTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Registry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rotatesTheSecretKeepingThePreviousOneForTheGracePeriod() throws Exception {
        MockMvcTester api = MockMvcTester.create(mockMvc);
        TestEnterprise plant = TestEnterprises.importFresh(mockMvc);
        MvcTestResult rotated = api.post().uri("/api/v1/registry/gateways/" + plant.gateway() + "/secret")
                .with(plant.county().regulator()).exchange();
        assertThat(rotated).hasStatusOk();
        String body = rotated.getResponse().getContentAsString();
        String secret = JsonPath.read(body, "$.secret");
        assertThat(secret).hasSize(64).isNotEqualTo(plant.gatewaySecret());

        GatewayCredentials now = registry.gateway(plant.gateway()).orElseThrow();
        assertThat(now.secret()).isEqualTo(secret);
        assertThat(now.previousSecret()).isEqualTo(plant.gatewaySecret());
        assertThat(Duration.between(Instant.now(), now.previousUntil())).isBetween(Duration.ofHours(23),
                Duration.ofHours(24));
        assertThat(now.secretsAt(Instant.now())).containsExactly(secret, plant.gatewaySecret());
        assertThat(now.secretsAt(Instant.now().plus(Duration.ofHours(25)))).containsExactly(secret);

        String audit = jdbc.sql("SELECT detail::text FROM audit_log WHERE action = 'registry.gateway-secret' "
                + "AND target_code = :g").param("g", plant.gateway()).query(String.class).single();
        assertThat(audit).contains("previousValidUntil").doesNotContain(secret, plant.gatewaySecret());
    }

    @Test
    void anotherCountysGatewayAndAnUnknownOneAreAnsweredAlike() {
        MockMvcTester api = MockMvcTester.create(mockMvc);
        TestEnterprise plant = TestEnterprises.importFresh(mockMvc);
        TestJurisdictions.County other = TestJurisdictions.freshCounty(mockMvc);
        assertThat(api.post().uri("/api/v1/registry/gateways/" + plant.gateway() + "/secret")
                .with(other.regulator())).hasStatus(404);
        assertThat(api.post().uri("/api/v1/registry/gateways/" + plant.code() + "99/secret")
                .with(plant.county().regulator())).hasStatus(404);
        assertThat(registry.gateway(plant.gateway()).orElseThrow().secret()).isEqualTo(plant.gatewaySecret());
    }
}
