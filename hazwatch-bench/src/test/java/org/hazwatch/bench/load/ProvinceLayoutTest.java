package org.hazwatch.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.hazwatch.protocol.Codes;
import org.junit.jupiter.api.Test;

class ProvinceLayoutTest {

    final List<String> counties = List.of("140105", "140525", "141081");
    final ProvinceLayout layout = new ProvinceLayout(counties, 7, 250, ProvinceLayout.Box.SHANXI);

    @Test
    void spreadsTheEnterprisesRoundTheCountiesWithValidDistinctCodes() {
        assertThat(layout.enterpriseCodes()).containsExactly("14010590001", "14052590001", "14108190001",
                "14010590002", "14052590002", "14108190002", "14010590003");
        assertThat(new HashSet<>(layout.enterpriseCodes())).hasSize(7);
        layout.enterpriseCodes().forEach(code -> assertThat(Codes.checkEnterprise(code)).isEmpty());
        assertThat(layout.county(4)).isEqualTo("140525");
        assertThat(layout.points()).isEqualTo(1_750);
    }

    @Test
    void normalValuesStayBelowHCrossingsBetweenHAndHhAndProbesBeyondHh() {
        for (int p = 0; p < 8; p++) {
            for (long step = 0; step < 64; step++) {
                assertThat(ProvinceLayout.normalValue(p, step)).isLessThan(ProvinceLayout.limitH(p))
                        .isGreaterThanOrEqualTo(ProvinceLayout.range(p).low());
            }
            assertThat(ProvinceLayout.crossingValue(p)).isGreaterThan(ProvinceLayout.limitH(p))
                    .isLessThan(ProvinceLayout.limitHH(p));
            assertThat(ProvinceLayout.probeValue(p)).isGreaterThan(ProvinceLayout.limitHH(p))
                    .isLessThan(ProvinceLayout.range(p).high());
        }
    }

    @Test
    void coordinatesLieInsideTheProvincesBox() {
        for (int i = 0; i < 1_000; i++) {
            double[] lonLat = new ProvinceLayout(counties, 1_000, 1, ProvinceLayout.Box.SHANXI).lonLat(i);
            assertThat(lonLat[0]).isBetween(111.0, 113.6);
            assertThat(lonLat[1]).isBetween(35.3, 39.8);
        }
    }

    @Test
    void refusesWhatCannotBeCoded() {
        assertThatThrownBy(() -> new ProvinceLayout(List.of(), 1, 1, ProvinceLayout.Box.SHANXI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProvinceLayout(List.of("1405"), 1, 1, ProvinceLayout.Box.SHANXI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProvinceLayout(List.of("140525"), 10_000, 1, ProvinceLayout.Box.SHANXI))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoundOfAllPointsAtTheRateIsNeverUnderASecond() {
        assertThat(ProvinceLoad.roundOf(500_000, 50_000)).isEqualTo(Duration.ofSeconds(10));
        assertThat(ProvinceLoad.roundOf(4_000, 50_000)).isEqualTo(Duration.ofSeconds(1));
    }
}
