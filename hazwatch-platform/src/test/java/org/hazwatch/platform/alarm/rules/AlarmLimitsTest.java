package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.alarm.rules.Rig.at;

import java.time.Duration;
import org.hazwatch.protocol.PointKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlarmLimitsTest {

    static final String GAS = "14052500099001Q0001KR001";

    static PointAlarmSettings unregisteredGasDetector() {
        return AlarmDefaults.settle(GAS, Rig.ENTERPRISE, PointKind.KR, "%LEL", 0, 100, null, null, null, null, null,
                null, null, null);
    }

    @Test
    void aCombustibleGasDetectorRegisteredWithoutLimitsHasTheFirstAndSecondAlarmAt25And50Lel() {
        assertThat(unregisteredGasDetector().limits()).isEqualTo(new AlarmLimits(null, null, 25.0, 50.0));
    }

    @Test
    void registeredLimitsAreTakenAsTheyAre() {
        PointAlarmSettings tank = AlarmDefaults.settle("14052500099001G0001YW001", Rig.ENTERPRISE, PointKind.YW,
                "m", 0, 10, 0.5, 1.0, null, 9.0, null, null, null, null);

        assertThat(tank.limits()).isEqualTo(new AlarmLimits(0.5, 1.0, null, 9.0));
        assertThat(tank.limits().of(Severity.HH)).isEqualTo(9.0);
        assertThat(tank.limits().of(Severity.H)).isNull();
        assertThat(tank.limits().of(Severity.OFFLINE)).isNull();
    }

    @ParameterizedTest(name = "{0} %LEL reaches {1}")
    @CsvSource(nullValues = "NORMAL", value = {"0, NORMAL", "24.9, NORMAL", "25, H", "30, H", "49.99, H", "50, HH",
            "100, HH"})
    void aValueReachesTheHighestLimitItIsAtOrBeyond(double value, Severity reached) {
        assertThat(unregisteredGasDetector().limits().reachedBy(value)).isEqualTo(reached);
    }

    @ParameterizedTest(name = "{0} m reaches {1}")
    @CsvSource(nullValues = "NORMAL", value = {"0.4, LL", "0.5, LL", "0.8, L", "1, L", "1.01, NORMAL", "8.99, NORMAL",
            "9, H", "9.5, HH"})
    void lowLimitsAreReachedFromAbove(double value, Severity reached) {
        assertThat(new AlarmLimits(0.5, 1.0, 9.0, 9.5).reachedBy(value)).isEqualTo(reached);
    }

    @ParameterizedTest(name = "{0} %LEL")
    @CsvSource({"24.9", "25", "30", "50", "77"})
    void theEngineRaisesAnUndelayedPointAtTheLimitTheValueReaches(double value) {
        PointAlarmSettings gas = unregisteredGasDetector();
        Rig rig = Rig.of(gas).feed(at(GAS, 0, value));

        Severity reached = gas.limits().reachedBy(value);
        if (reached == null) {
            assertThat(rig.episodes()).isEmpty();
        } else {
            assertThat(rig.episodes()).singleElement().satisfies(e -> assertThat(e.severity()).isEqualTo(reached));
        }
        assertThat(gas.onDelay()).isEqualTo(Duration.ZERO);
    }
}
