package org.hazwatch.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.PointKind;
import org.junit.jupiter.api.Test;

class TePlantTest {

    @Test
    void registersTheFirst22MeasurementsOnceEach() {
        assertThat(TePlant.POINTS).extracting(TePoint::xmeas).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 22).boxed().toList());
        assertThat(TePlant.POINTS).extracting(TePoint::code).doesNotHaveDuplicates();
    }

    @Test
    void everyCodeExtendsItsParentAsSpecSection2Requires() {
        assertThat(Codes.checkEnterprise(TePlant.ENTERPRISE_CODE)).isEmpty();
        assertThat(Codes.checkHazardSource(TePlant.HAZARD_SOURCE_CODE, TePlant.ENTERPRISE_CODE)).isEmpty();
        assertThat(Codes.checkGateway(TePlant.GATEWAY_CODE, TePlant.ENTERPRISE_CODE)).isEmpty();
        assertThat(TePlant.EQUIPMENT).allSatisfy(e ->
                assertThat(Codes.checkEquipment(e.code(), TePlant.HAZARD_SOURCE_CODE)).isEmpty());
        assertThat(TePlant.POINTS).allSatisfy(p ->
                assertThat(Codes.checkPoint(p.code(), p.equipmentCode())).isEmpty());
        assertThat(TePlant.POINTS).extracting(TePoint::equipmentCode)
                .allMatch(code -> TePlant.EQUIPMENT.stream().anyMatch(e -> e.code().equals(code)));
    }

    @Test
    void theKindFollowsWhatIsMeasured() {
        assertThat(point(7).kind()).isEqualTo(PointKind.YL);
        assertThat(point(8).kind()).isEqualTo(PointKind.YW);
        assertThat(point(9).kind()).isEqualTo(PointKind.WD);
        assertThat(point(14).kind()).isEqualTo(PointKind.LL);
        assertThat(point(7).code()).isEqualTo("14052500099001S0001YL001");
    }

    @Test
    void carriesTheLimitsDownsAndVogelPublished() {
        assertThat(point(7).limits()).isEqualTo(AlarmLimits.high(2895, 3000));
        assertThat(point(9).limits()).isEqualTo(AlarmLimits.high(150, 175));
        assertThat(point(8).limits()).isEqualTo(new AlarmLimits(null, 50.0, 100.0, 114.2));
        assertThat(point(12).limits()).isEqualTo(new AlarmLimits(1.8, 30.0, 100.0, 136.8));
        assertThat(point(15).limits()).isEqualTo(new AlarmLimits(null, 30.0, 100.0, 131.6));
    }

    @Test
    void convertsVesselVolumesOnTheLineThroughTheTwoPublishedLevels() {
        assertThat(TePlant.levelPercent(11.8, 11.8, 50, 21.3, 100)).isEqualTo(50.0);
        assertThat(TePlant.levelPercent(2.0, 11.8, 50, 21.3, 100)).isEqualTo(-1.6);
        assertThat(TePlant.levelPercent(1.0, 3.5, 30, 6.6, 100)).isEqualTo(-26.5);
    }

    @Test
    void limitsAreOrderedAndInsideTheMeasuringRange() {
        assertThat(TePlant.POINTS).allSatisfy(p -> {
            List<Double> set = new ArrayList<>();
            set.add(p.rangeLow());
            for (Double limit : new Double[] {p.limits().ll(), p.limits().l(), p.limits().h(), p.limits().hh()}) {
                if (limit != null) {
                    set.add(limit);
                }
            }
            set.add(p.rangeHigh());
            assertThat(set).as(p.name()).isSorted();
        });
    }

    @Test
    void everyRecordedValueLiesInItsRangeUpToNoiseAroundZero() {
        IntStream.rangeClosed(1, TennesseeEastman.DISTURBANCES).mapToObj(TennesseeEastman::disturbance)
                .flatMap(r -> r.samples().stream())
                .forEach(s -> assertThat(TePlant.POINTS).allSatisfy(p -> assertThat(s.xmeas(p.xmeas()))
                        .as(p.name())
                        .isBetween(p.rangeLow() - 0.01 * (p.rangeHigh() - p.rangeLow()), p.rangeHigh())));
    }

    private static TePoint point(int xmeas) {
        return TePlant.POINTS.get(xmeas - 1);
    }
}
