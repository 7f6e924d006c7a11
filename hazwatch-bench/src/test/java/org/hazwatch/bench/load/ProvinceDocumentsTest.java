package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProvinceDocumentsTest {

    final ProvinceLayout layout = new ProvinceLayout(List.of("140105", "140525"), 3, 1_200, ProvinceLayout.Box.SHANXI);
    final ProvinceDocuments documents = new ProvinceDocuments(layout, 10);

    @Test
    void registersEveryPointWithItsLimitsAndNoDelaysInUnitsOfAtMostAThousand() {
        String enterprise = layout.enterprise(1);
        ProvinceDocuments.Document document = documents.document(enterprise, true);

        List<ProvinceDocuments.Equipment> units = document.hazardSources().get(0).equipment();
        assertThat(units).hasSize(2).allSatisfy(u -> assertThat(u.points()).hasSizeLessThanOrEqualTo(1_000));
        List<ProvinceDocuments.Point> points = units.stream().flatMap(u -> u.points().stream()).toList();
        assertThat(points).hasSize(1_200);
        for (int p = 0; p < points.size(); p++) {
            ProvinceDocuments.Point point = points.get(p);
            assertThat(point.code()).isEqualTo(layout.point(1, p));
            assertThat(point.h()).isEqualTo(ProvinceLayout.limitH(p));
            assertThat(point.hh()).isGreaterThan(point.h()).isLessThan(point.rangeHigh());
            assertThat(point.onDelaySeconds()).isZero();
        }
        for (ProvinceDocuments.Equipment unit : units) {
            assertThat(Codes.checkEquipment(unit.code(), enterprise + "001")).isEmpty();
            unit.points().forEach(p -> assertThat(Codes.checkPoint(p.code(), unit.code())).isEmpty());
        }
        assertThat(document.enterprise().jurisdiction()).isEqualTo("140525");
    }

    @Test
    void theJsonNamesTheGatewayWithItsSamplingPeriodOnlyWhenAsked() {
        String enterprise = layout.enterprise(2);
        JsonNode with = WireJson.mapper().readTree(documents.json(enterprise, true));
        JsonNode without = WireJson.mapper().readTree(documents.json(enterprise, false));

        assertThat(with.path("gateways").get(0).path("code").asString())
                .isEqualTo(SyntheticPlant.gatewayCode(enterprise));
        assertThat(with.path("gateways").get(0).path("samplingPeriodSeconds").asInt()).isEqualTo(10);
        assertThat(without.path("gateways")).isEmpty();
        assertThat(with.path("enterprise").path("lon").asDouble()).isBetween(111.0, 113.6);
        assertThat(with.path("hazardSources").get(0).path("equipment").get(0).path("points").get(0).has("hh"))
                .isTrue();
        assertThatThrownBy(() -> documents.json("14052599999", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchCarriesEveryPointOnceAtOneTimeWithTheProbeBeyondHh() {
        ProvinceBodies bodies = new ProvinceBodies(layout, 0.0);
        ProvinceBodies.Batch batch = bodies.batch(0, Instant.parse("2026-12-06T03:00:00Z"), 3, 5,
                new SplittableRandom(1));

        JsonNode json = WireJson.mapper().readTree(new String(batch.body(), StandardCharsets.UTF_8));
        JsonNode readings = json.path("readings");
        assertThat(readings).hasSize(1_200);
        assertThat(readings.get(7).path("pointCode").asString()).isEqualTo(layout.point(0, 7));
        assertThat(readings.get(7).path("time").asString()).isEqualTo("2026-12-06T11:00:00.000+08:00");
        assertThat(readings.get(5).path("value").asDouble()).isGreaterThan(ProvinceLayout.limitHH(5));
        assertThat(readings.get(6).path("value").asDouble()).isLessThan(ProvinceLayout.limitH(6));
        assertThat(batch.crossings()).isZero();
        assertThat(json.path("gatewayCode").asString()).isEqualTo(SyntheticPlant.gatewayCode(layout.enterprise(0)));
    }

    @Test
    void everyReadingCrossesHWhenTheShareIsAlmostOne() {
        ProvinceBodies.Batch batch = new ProvinceBodies(layout, 0.999_999).batch(1, Instant.now(), 0, -1,
                new SplittableRandom(2));

        assertThat(batch.crossings()).isEqualTo(1_200);
    }
}
