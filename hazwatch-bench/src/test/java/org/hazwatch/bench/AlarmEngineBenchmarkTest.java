package org.hazwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

class AlarmEngineBenchmarkTest {

    @Test
    void everyPointIsEvaluatedAndAlarmsAreRaisedAndCleared() {
        AlarmEngineBenchmark.Plant plant = new AlarmEngineBenchmark.Plant();
        plant.setUp();
        Blackhole sink = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        AlarmEngineBenchmark benchmark = new AlarmEngineBenchmark();

        for (int i = 0; i < 100; i++) {
            benchmark.evaluateOneReadingOfEveryPoint(plant, sink);
        }

        assertThat(plant.engine.pointCount()).isEqualTo(AlarmEngineBenchmark.POINTS);
        assertThat(plant.engine.refusedOutOfOrder()).isZero();
        assertThat(plant.changes).isGreaterThan(1_000);
    }
}
