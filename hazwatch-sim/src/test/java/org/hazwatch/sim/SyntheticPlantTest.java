package org.hazwatch.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.time.Instant;
import java.util.List;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.junit.jupiter.api.Test;

class SyntheticPlantTest {

    record Plant(int enterprises, int points, long seed, long millis) {
    }

    @Test
    void everyValueStaysInsideItsPointsMeasuringRange() {
        forAll(50, c -> new Plant(c.between(1, 3), c.between(1, 2_500), c.anyLong(), c.between(0, 4_102_444_800_000L)),
                p -> {
                    List<ReadingBatch> batches = new SyntheticPlant(p.enterprises(), p.points(), p.seed())
                            .batchesAt(Instant.ofEpochMilli(p.millis()));

                    assertThat(batches).hasSize(p.enterprises());
                    for (ReadingBatch batch : batches) {
                        assertThat(batch.readings()).hasSize(p.points());
                        for (Reading reading : batch.readings()) {
                            SyntheticPlant.MeasuringRange range =
                                    SyntheticPlant.range(PointCode.of(reading.pointCode()).kind());
                            assertThat(reading.value()).isBetween(range.low(), range.high());
                        }
                    }
                });
    }

    @Test
    void everyPointCodeIsValidAndBelongsToItsEnterprise() {
        forAll(20, c -> c.between(1, 5_000), points -> {
            SyntheticPlant plant = new SyntheticPlant(2, points, 7);
            for (String enterprise : plant.enterpriseCodes()) {
                assertThat(Codes.checkEnterprise(enterprise)).isEmpty();
                assertThat(Codes.checkGateway(SyntheticPlant.gatewayCode(enterprise), enterprise)).isEmpty();
                List<String> codes = plant.pointCodes(enterprise);
                assertThat(codes).hasSize(points).doesNotHaveDuplicates();
                assertThat(codes).allSatisfy(code -> assertThat(Codes.checkPoint(code, code.substring(0, 19))).isEmpty());
                assertThat(codes).allSatisfy(
                        code -> assertThat(PointCode.of(code).enterprise().code()).isEqualTo(enterprise));
            }
        });
    }

    @Test
    void theValuesSwingAroundTheMiddleOfTheRangeOverAnHour() {
        SyntheticPlant plant = new SyntheticPlant(1, 1, 1);
        Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
        double rising = plant.batchesAt(t0.plusSeconds(900)).get(0).readings().get(0).value();
        double falling = plant.batchesAt(t0.plusSeconds(2_700)).get(0).readings().get(0).value();

        assertThat(rising).isGreaterThan(140);
        assertThat(falling).isLessThan(60);
    }

    @Test
    void theSameSeedGivesTheSameLoad() {
        Instant at = Instant.parse("2026-11-30T00:00:00Z");
        assertThat(new SyntheticPlant(2, 10, 42).batchesAt(at)).isEqualTo(new SyntheticPlant(2, 10, 42).batchesAt(at));
    }

    @Test
    void refusesSizesItCannotCode() {
        assertThatThrownBy(() -> new SyntheticPlant(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticPlant(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
