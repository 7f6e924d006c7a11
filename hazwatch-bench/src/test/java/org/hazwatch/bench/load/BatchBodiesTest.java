package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;
import org.junit.jupiter.api.Test;

class BatchBodiesTest {

    final SyntheticPlant plant = new SyntheticPlant(1, 7, 1);
    final String enterprise = plant.enterpriseCodes().get(0);
    final List<String> points = plant.pointCodes(enterprise);

    @Test
    void writesBatchesTheWireCodecReadsWithNoPointAndTimeTwice() {
        BatchBodies bodies = new BatchBodies(enterprise, points, 10);
        Instant now = Instant.now();
        Set<String> keys = new HashSet<>();

        for (int i = 0; i < 20; i++) {
            ReadingBatch batch = WireJson.decode(bodies.next(now), ReadingBatch.class);
            assertThat(batch.enterpriseCode()).isEqualTo(enterprise);
            assertThat(batch.gatewayCode()).isEqualTo(SyntheticPlant.gatewayCode(enterprise));
            assertThat(batch.readings()).hasSize(10);
            for (Reading reading : batch.readings()) {
                assertThat(keys.add(reading.pointCode() + "@" + reading.time().toInstant())).isTrue();
                assertThat(points).contains(reading.pointCode());
            }
        }
    }

    @Test
    void keepsTimesNeitherLateNorAhead() {
        BatchBodies bodies = new BatchBodies(enterprise, points, 5_000);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        List<Reading> readings = WireJson.decode(bodies.next(now), ReadingBatch.class).readings();

        assertThat(readings).allSatisfy(r -> assertThat(r.time().toInstant())
                .isBetween(now.minus(Duration.ofMillis(BatchBodies.LAG_MS)), now.plusSeconds(60)));
        assertThat(readings).allSatisfy(r -> assertThat(r.value()).isBetween(0.0, 200.0));
    }
}
