package org.hazwatch.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.hazwatch.platform.DemoTest;
import org.hazwatch.platform.telemetry.LatestReading;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.sim.TePlant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@DemoTest
@TestPropertySource(properties = {"hazwatch.demo.telemetry=true", "hazwatch.demo.inbox=true",
        "hazwatch.demo.history=true"})
class DemoTelemetryTest {

    /** 恒泰氯碱's 1# liquid chlorine tank level: a point of a demo enterprise other than the TE plant. */
    static final String CHLORINE_TANK_LEVEL = "14052500001001G0001YW001";

    @Autowired
    LiveReadings live;

    @Test
    void liveValuesArriveForTheTennesseeEastmanPlantAndTheOtherDemoEnterprises() {
        Instant recently = Instant.now().minusSeconds(60);
        String reactorPressure = TePlant.POINTS.get(6).code();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(live.latest(reactorPressure)).isPresent();
            assertThat(live.latest(CHLORINE_TANK_LEVEL)).isPresent();
        });

        LatestReading te = live.latest(reactorPressure).orElseThrow();
        assertThat(te.lastReceived()).isAfter(recently);
        assertThat(te.value()).as("TE reactor pressure, kPa").isBetween(2600.0, 3000.0);
        LatestReading tank = live.latest(CHLORINE_TANK_LEVEL).orElseThrow();
        assertThat(tank.value()).as("inside the tank's measuring range").isBetween(0.0, 3.2);
    }
}
