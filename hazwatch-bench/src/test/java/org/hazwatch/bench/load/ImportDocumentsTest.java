package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ImportDocumentsTest {

    final SyntheticPlant plant = new SyntheticPlant(2, 2_500, 1);
    final ImportDocuments documents = new ImportDocuments(plant);
    final String enterprise = plant.enterpriseCodes().get(1);

    @Test
    void registersEveryPointOfTheEnterpriseInUnitsOfAtMostAThousandWithCodesThatCheck() {
        ImportDocuments.Document document = documents.document(enterprise, true);

        List<ImportDocuments.Equipment> units = document.hazardSources().get(0).equipment();
        assertThat(units).hasSize(3).allSatisfy(unit -> assertThat(unit.points()).hasSizeLessThanOrEqualTo(1_000));
        assertThat(units.stream().flatMap(u -> u.points().stream()).map(ImportDocuments.Point::code))
                .containsExactlyElementsOf(plant.pointCodes(enterprise));
        for (ImportDocuments.Equipment unit : units) {
            assertThat(Codes.checkEquipment(unit.code(), enterprise + "001")).isEmpty();
            unit.points().forEach(p -> {
                assertThat(Codes.checkPoint(p.code(), unit.code())).isEmpty();
                assertThat(p.rangeLow()).isLessThan(p.rangeHigh());
            });
        }
    }

    @Test
    void namesTheGatewayOnlyWhenAsked() {
        JsonNode with = WireJson.mapper().readTree(documents.json(enterprise, true));
        JsonNode without = WireJson.mapper().readTree(documents.json(enterprise, false));

        assertThat(with.path("gateways").get(0).path("code").asString())
                .isEqualTo(SyntheticPlant.gatewayCode(enterprise));
        assertThat(without.path("gateways")).isEmpty();
        assertThat(with.path("enterprise").path("jurisdiction").asString()).isEqualTo("140525");
        assertThat(with.path("hazardSources").get(0).path("chemicals")).hasSize(1);
    }
}
