package org.hazwatch.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.TestEnterprises;
import org.hazwatch.platform.TestEnterprises.TestEnterprise;
import org.hazwatch.platform.TestJurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.FileSystemUtils;

/**
 * The Mosquitto password and ACL files generated from the registry (issue 19) are taken by a real Mosquitto: a
 * registered gateway logs in with its secret, a wrong secret does not. Skipped where Mosquitto is not installed.
 */
@PlatformTest
class MosquittoFilesTest {

    @Autowired
    MockMvc mockMvc;

    @Test
    void aRealMosquittoTakesTheGeneratedFiles() throws Exception {
        MosquittoCli.require("mosquitto");
        MockMvcTester api = MockMvcTester.create(mockMvc);
        TestEnterprise plant = TestEnterprises.importFresh(mockMvc);
        MvcTestResult passwd = api.get().uri("/api/v1/mqtt/mosquitto/passwd").with(TestJurisdictions.admin())
                .exchange();
        MvcTestResult acl = api.get().uri("/api/v1/mqtt/mosquitto/acl").with(TestJurisdictions.admin()).exchange();
        assertThat(passwd).hasStatusOk();
        String passwords = passwd.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String rules = acl.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(passwords).contains(plant.gateway() + ":$7$101$").doesNotContain(plant.gatewaySecret());
        assertThat(rules).contains("user " + plant.gateway() + "\ntopic write hazwatch/v1/" + plant.code() + "/#"
                + "\ntopic read hazwatch/v1/" + plant.code() + "/commands\n");

        Path dir = Files.createTempDirectory("hazwatch-mosquitto-files");
        try {
            Files.writeString(dir.resolve("passwd"), passwords);
            Files.writeString(dir.resolve("acl"), rules);
            try (MosquittoBroker broker = MosquittoBroker.startWithFiles(dir, dir.resolve("passwd"))) {
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                String topic = "hazwatch/v1/" + plant.code() + "/heartbeat";
                MosquittoCli.Outcome right = MosquittoCli.publish(broker.port(), plant.gateway(),
                        plant.gatewaySecret(), topic, body);
                MosquittoCli.Outcome wrong = MosquittoCli.publish(broker.port(), plant.gateway(), "not-the-secret",
                        topic, body);
                assertThat(right.exitCode()).as(right.output()).isZero();
                assertThat(wrong.exitCode()).as(wrong.output()).isNotZero();
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Test
    void onlyThePlatformAdminGetsTheFiles() {
        TestJurisdictions.County county = TestJurisdictions.freshCounty(mockMvc);
        assertThat(MockMvcTester.create(mockMvc).get().uri("/api/v1/mqtt/mosquitto/passwd")
                .with(county.regulator())).hasStatus(403);
    }
}
