package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.alarm.rules.Rig.at;
import static org.hazwatch.platform.alarm.rules.Rig.point;

import java.time.Duration;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.PointKind;
import org.junit.jupiter.api.Test;

class OtherKindsTest {

    static final String P = "14052500099001S0001YL001";

    @Test
    void aValueUnchangedForSixtyMinutesIsAFlatlineUntilItMoves() {
        Rig rig = Rig.of(point(P, null, null, null, null, 0, Duration.ZERO));
        for (int minute = 0; minute <= 60; minute++) {
            rig.feed(at(P, minute * 60L, 12.5));
        }
        rig.feed(at(P, 61 * 60, 12.6));

        assertThat(rig.transitions).extracting(t -> t.kind() + "@" + t.at())
                .containsExactly("RAISED@" + Rig.T0.plusSeconds(3600), "CLEARED@" + Rig.T0.plusSeconds(3660));
        assertThat(rig.episodes()).singleElement().extracting(e -> e.key().kind()).isEqualTo(AlarmKind.FLATLINE);
    }

    @Test
    void anOutOfRangeOrBadReadingIsAnInvalidValueUntilAUsableOneArrives() {
        Rig rig = Rig.of(point(P, null, null, 100.0, null, 0, Duration.ZERO));
        rig.feed(new Sample(P, Rig.T0, 999, SampleQuality.OUT_OF_RANGE, false),
                new Sample(P, Rig.T0.plusSeconds(10), 150, SampleQuality.BAD, false),
                at(P, 20, 50));

        assertThat(rig.transitions).extracting(t -> t.key().kind() + ":" + t.kind())
                .containsExactly("INVALID_VALUE:RAISED", "INVALID_VALUE:CLEARED");
    }

    @Test
    void aChangeFasterThanThePointsRateLimitIsARateOfChangeAlarm() {
        Rig rig = Rig.of(point(P, null, null, null, null, 0, Duration.ZERO).withRatePerMinute(10.0));
        rig.feed(at(P, 0, 100), at(P, 60, 105), at(P, 120, 125), at(P, 180, 126));

        assertThat(rig.transitions).extracting(t -> t.kind() + ":" + t.severity() + ":" + t.value())
                .containsExactly("RAISED:RATE:20.0", "CLEARED:RATE:1.0");
    }

    @Test
    void theBoardKnowsWhetherAnyPointOrEnterpriseIsAlarmedAsOfflineSoAReadingNeedNotLookOtherwise() {
        Rig rig = Rig.of(point(P, null, null, 100.0, null, 0, Duration.ZERO));
        rig.feed(at(P, 0, 150));
        assertThat(rig.board.anyActiveOffline()).as("a limit alarm is no offline alarm").isFalse();

        AlarmKey offline = AlarmKey.ofPoint(PointCode.of(P), AlarmKind.POINT_OFFLINE);
        rig.board.apply(new ConditionChange(offline, Rig.T0.plusSeconds(600), null, Severity.OFFLINE, Double.NaN,
                Double.NaN, false), Cover.NONE);
        assertThat(rig.board.anyActiveOffline()).isTrue();

        rig.board.apply(new ConditionChange(offline, Rig.T0.plusSeconds(660), Severity.OFFLINE, null, Double.NaN,
                Double.NaN, false), Cover.NONE);
        assertThat(rig.board.anyActiveOffline()).isFalse();
    }

    @Test
    void combustibleGasInLelTakesTheGbT50493AlarmLimitsAndNoDelay() {
        PointAlarmSettings gas = AlarmDefaults.settle(P, Rig.ENTERPRISE, PointKind.KR, "%LEL", 0, 100, null, null,
                null, null, null, null, null, null);

        assertThat(gas.h()).isEqualTo(25.0);
        assertThat(gas.hh()).isEqualTo(50.0);
        assertThat(gas.onDelay()).isZero();
        assertThat(gas.deadband()).isEqualTo(2.0);
    }

    @Test
    void oxygenAlarmsOnDeficiencyAndEnrichment() {
        PointAlarmSettings oxygen = AlarmDefaults.settle(P, Rig.ENTERPRISE, PointKind.YQ, "%VOL", 0, 25, null, null,
                null, null, null, null, null, null);

        assertThat(oxygen.l()).isEqualTo(19.5);
        assertThat(oxygen.h()).isEqualTo(23.5);
    }

    @Test
    void aLevelPointTakesFivePercentOfSpanAndSixtySecondsWhenNoneAreRegistered() {
        PointAlarmSettings level = AlarmDefaults.settle(P, Rig.ENTERPRISE, PointKind.YW, "m", 0, 20, null, null,
                15.0, null, null, null, Duration.ofSeconds(5), null);

        assertThat(level.deadband()).isEqualTo(1.0);
        assertThat(level.onDelay()).isEqualTo(Duration.ofSeconds(60));
        assertThat(level.offDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(level.h()).isEqualTo(15.0);
    }
}
