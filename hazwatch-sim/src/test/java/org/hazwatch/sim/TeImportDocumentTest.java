package org.hazwatch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazwatch.protocol.WireJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TeImportDocumentTest {

    /** The platform's copy; regenerate with {@code -Dhazwatch.regenerate=true} after changing {@link TePlant}. */
    static final Path COMMITTED =
            Path.of("../hazwatch-demo/src/main/resources/demo/enterprises/14052500099.json");

    @Test
    void thePlatformsSeedFileIsTheGeneratedDocument() throws IOException {
        if (Boolean.getBoolean("hazwatch.regenerate")) {
            Files.write(COMMITTED, TeImportDocument.bytes());
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("%s is stale: run this test with -Dhazwatch.regenerate=true", COMMITTED)
                .isEqualTo(TeImportDocument.json());
    }

    @Test
    void describesTheEnterpriseItsHazardSourceAndAll22Points() {
        JsonNode document = WireJson.mapper().readTree(TeImportDocument.bytes());

        assertThat(document.at("/enterprise/code").asString()).isEqualTo("14052500099");
        assertThat(document.at("/enterprise/jurisdiction").asString()).isEqualTo("140525");
        assertThat(document.at("/gateways/0/code").asString()).isEqualTo("1405250009901");
        JsonNode hazard = document.at("/hazardSources/0");
        assertThat(hazard.at("/code").asString()).isEqualTo("14052500099001");
        assertThat(hazard.at("/chemicals")).hasSize(3);
        assertThat(hazard.at("/equipment")).hasSize(5);
        int points = 0;
        for (JsonNode equipment : hazard.at("/equipment")) {
            assertThat(equipment.at("/type").asString()).isEqualTo("S0");
            points += equipment.at("/points").size();
        }
        assertThat(points).isEqualTo(22);
    }

    @Test
    void writesOnlyThePublishedLimits() {
        JsonNode reactor = WireJson.mapper().readTree(TeImportDocument.bytes()).at("/hazardSources/0/equipment/0");
        JsonNode pressure = reactor.at("/points").valueStream()
                .filter(p -> p.at("/code").asString().equals("14052500099001S0001YL001")).findFirst().orElseThrow();

        assertThat(pressure.at("/h").asDouble()).isEqualTo(2895.0);
        assertThat(pressure.at("/hh").asDouble()).isEqualTo(3000.0);
        assertThat(pressure.has("ll")).isFalse();
        assertThat(pressure.has("l")).isFalse();
    }
}
