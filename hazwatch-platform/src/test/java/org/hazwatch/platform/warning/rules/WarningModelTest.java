package org.hazwatch.platform.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EquipmentCode;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;

/** Each factor of SPEC §6 raises a warning when it appears and lowers it when it goes. */
class WarningModelTest {

    final Plant plant = new Plant();

    static List<String> codes(Assessment a) {
        return a.factors().stream().map(WarningFactor::code).toList();
    }

    @Test
    void inherentRiskAloneRaisesNoWarningButWeighsWhatHappens() {
        assertThat(plant.source().level()).isNull();
        assertThat(plant.source().score()).isEqualTo(30);
        assertThat(plant.enterprise().level()).isNull();

        plant.alarm("YL001", "HH", Duration.ofMinutes(2));
        assertThat(plant.source().level()).isEqualTo(WarningLevel.ORANGE);
        plant.level(4);
        assertThat(plant.source().level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(plant.source().factors().get(0).detail()).isEqualTo("液氨储罐区（14052500002001）为四级重大危险源");
    }

    @Test
    void anHighHighAlarmRaisesAndItsClearingLowers() {
        plant.alarm("YL001", "HH", Duration.ofMinutes(3));
        Assessment raised = plant.source();
        assertThat(raised.score()).isEqualTo(70);
        assertThat(codes(raised)).containsExactly("INHERENT_LEVEL", "ALARM_HH_LL");
        assertThat(raised.factors().get(1).detail())
                .isEqualTo("压力（14052500002001G0001YL001）高高报，当前值 2.05 MPa（限值 2 MPa），已持续 3 分钟");

        plant.alarms.clear();
        assertThat(plant.source().level()).isNull();
    }

    @Test
    void furtherShutdownAlarmsAddUpToTheirCap() {
        plant.alarm("YL001", "HH", Duration.ofMinutes(3)).alarm("YW001", "LL", Duration.ofMinutes(1));
        assertThat(plant.source().score()).isEqualTo(80);
        assertThat(plant.source().level()).isEqualTo(WarningLevel.RED);
        plant.alarm("YL002", "HH", Duration.ZERO).alarm("YL003", "HH", Duration.ZERO);
        assertThat(plant.source().score()).as("two further alarms count at most").isEqualTo(30 + 40 + 20 + 20);
    }

    @Test
    void anOperatingLimitAlarmCountsOnlyAfterThirtyMinutes() {
        plant.level(2).alarm("YL001", "H", Duration.ofMinutes(29));
        assertThat(plant.source().level()).isNull();
        plant.alarms.clear();
        plant.alarm("YL001", "H", Duration.ofMinutes(31));
        assertThat(plant.source().score()).isEqualTo(35);
        assertThat(plant.source().level()).isEqualTo(WarningLevel.BLUE);
        assertThat(plant.source().factors().get(1).detail()).endsWith("已持续 31 分钟");
    }

    @Test
    void threePointsOfOneEquipmentInAlarmTogetherAreAFactorOfTheirOwn() {
        plant.alarm("YL001", "H", Duration.ofMinutes(1)).alarm("WD001", "H", Duration.ofMinutes(1));
        assertThat(codes(plant.source())).doesNotContain("EQUIPMENT_ALARMS");
        plant.alarm("YW001", "H", Duration.ofMinutes(1));
        assertThat(codes(plant.source())).containsExactly("INHERENT_LEVEL", "EQUIPMENT_ALARMS");
        assertThat(plant.source().level()).isEqualTo(WarningLevel.YELLOW);
        plant.alarms.remove(0);
        assertThat(plant.source().level()).isNull();
    }

    @Test
    void dataQualityAlarmsAreNoFactor() {
        plant.alarms.add(new AlarmFact(PointCode.of(Plant.TANK + "YL001"), "压力", EquipmentCode.of(Plant.TANK),
                AlarmKind.FLATLINE, Severity.FLATLINE,
                Plant.NOW.minusSeconds(7200), 1.0, null, "MPa"));
        assertThat(plant.source().level()).isNull();
    }

    @Test
    void aPredictedCrossingRaisesAndTogetherWithAnHighHighAlarmReachesRed() {
        plant.prediction(Duration.ofMinutes(8));
        assertThat(plant.source().level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(plant.source().factors().get(1).detail()).contains("预计约 8 分钟后达到高高报限值 49.8 °C");
        plant.alarm("YL001", "HH", Duration.ZERO);
        assertThat(plant.source().level()).isEqualTo(WarningLevel.RED);
        plant.predictions.clear();
        assertThat(plant.source().level()).isEqualTo(WarningLevel.ORANGE);
    }

    @Test
    void aPredictedCrossingOfTheOperatingLimitIsTheSmallerFactorOfItsOwn() {
        plant.predictions.add(new Prediction(Plant.TANK + "YL001", "压力", "MPa", true, 2.0, 1.9, 0.002,
                Duration.ofMinutes(50), Severity.H));
        WarningFactor factor = plant.source().factors().get(1);
        assertThat(factor.code()).isEqualTo("PREDICTED_OPERATING_CROSSING");
        assertThat(factor.label()).isEqualTo("趋势预测将超高报");
        assertThat(factor.score()).isEqualTo(10);
        assertThat(factor.detail()).contains("预计约 50 分钟后达到高报限值 2 MPa");
        assertThat(plant.source().level()).as("level 1 (30) + 10").isEqualTo(WarningLevel.YELLOW);
        plant.prediction(Duration.ofMinutes(8));
        assertThat(plant.source().factors()).extracting(WarningFactor::code)
                .contains("PREDICTED_CROSSING", "PREDICTED_OPERATING_CROSSING");
    }

    @Test
    void aLevelTwoSourceWithAnHighHighAlarmReachesRedWithOneMoreFactor() {
        plant.level(2).alarm("YL001", "HH", Duration.ZERO);
        assertThat(plant.source().level()).isEqualTo(WarningLevel.ORANGE);
        plant.prediction(Duration.ofMinutes(20));
        assertThat(plant.source().level()).isEqualTo(WarningLevel.RED);
    }

    @Test
    void overdueCustodyRaisesTheSourceWarning() {
        plant.custody.add(new CustodyFact("技术负责人", "徐红梅", Instant.parse("2026-11-20T00:00:00Z")));
        assertThat(plant.source().level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(plant.source().factors().get(1).detail()).isEqualTo("技术负责人 徐红梅 的包保履职检查已逾期（应于 2026-11-20 前完成）");
        plant.custody.clear();
        assertThat(plant.source().level()).isNull();
    }

    @Test
    void aMissingOrLateCommitmentRaisesTheEnterpriseWarning() {
        plant.commitment = EnterpriseFacts.Commitment.MISSING;
        assertThat(plant.enterprise().hazardSourceCode()).isNull();
        assertThat(plant.enterprise().score()).isEqualTo(45);
        assertThat(plant.enterprise().level()).isEqualTo(WarningLevel.YELLOW);
        plant.commitment = EnterpriseFacts.Commitment.LATE;
        assertThat(plant.enterprise().level()).isEqualTo(WarningLevel.BLUE);
        plant.commitment = EnterpriseFacts.Commitment.PENDING;
        assertThat(plant.enterprise().level()).isNull();
        assertThat(plant.source().level()).as("no source warning for enterprise-wide facts").isNull();
    }

    @Test
    void startUpTrialProductionAndSpecialOperationsRaiseTheEnterpriseWarning() {
        plant.level(3);
        plant.operations = new EnterpriseFacts.Operations(true, 0, 0, 0, 0, 0);
        assertThat(plant.enterprise().level()).isEqualTo(WarningLevel.BLUE);
        plant.operations = new EnterpriseFacts.Operations(false, 0, 0, 1, 2, 1);
        assertThat(plant.enterprise().level()).isEqualTo(WarningLevel.BLUE);
        assertThat(plant.enterprise().factors().get(1).detail()).contains("一级动火 1 处、二级动火 2 处、受限空间作业 1 处");
        plant.operations = new EnterpriseFacts.Operations(false, 2, 0, 0, 0, 0);
        assertThat(plant.enterprise().level()).as("10 + 5 stays below blue").isNull();
        plant.operations = EnterpriseFacts.Operations.none();
        assertThat(plant.enterprise().level()).isNull();
    }

    @Test
    void beingOfflineWithoutFilingRaisesAndComingBackLowers() {
        plant.offlineSince = Plant.NOW.minus(Duration.ofMinutes(25));
        assertThat(plant.enterprise().level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(plant.enterprise().factors().get(1).detail()).isEqualTo("自 11-30 13:35 起未收到企业数据（已 25 分钟），无有效报备");
        plant.offlineSince = null;
        assertThat(plant.enterprise().level()).isNull();
    }

    @Test
    void camerasOfflineWithoutFilingAreAFactorNamedInTheReasons() {
        plant.camerasOffline.add(new CameraFact("C02", "罐区", Plant.NOW.minus(Duration.ofMinutes(25))));
        plant.camerasOffline.add(new CameraFact("C03", "东门", null));
        Assessment a = plant.enterprise();
        assertThat(a.factors()).extracting(WarningFactor::code).containsExactly("INHERENT_LEVEL", "VIDEO_OFFLINE");
        WarningFactor video = a.factors().get(1);
        assertThat(video.score()).isEqualTo(Weights.defaults().videoOffline()).isEqualTo(10);
        assertThat(video.label()).isEqualTo("视频离线且未报备");
        assertThat(video.detail()).isEqualTo(
                "摄像头 罐区（C02）自 11-30 13:35 起离线（已 25 分钟）；摄像头 东门（C03）从未上报状态，无有效报备");
        assertThat(a.score()).isEqualTo(30 + 10);
        assertThat(a.level()).as("level-1 inherent 30 + video 10 reaches yellow").isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void anEnterpriseOfflineCountsOnceNotAgainForItsDarkCameras() {
        plant.offlineSince = Plant.NOW.minus(Duration.ofMinutes(25));
        plant.camerasOffline.add(new CameraFact("C02", "罐区", Plant.NOW.minus(Duration.ofMinutes(25))));
        assertThat(plant.enterprise().factors()).extracting(WarningFactor::code)
                .containsExactly("INHERENT_LEVEL", "OFFLINE");
    }

    @Test
    void unhandledWarningsRaiseTheEnterpriseWarning() {
        plant.overdueWarnings = 2;
        assertThat(plant.enterprise().level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(plant.enterprise().factors().get(1).detail()).startsWith("2 条预警");
        plant.overdueWarnings = 0;
        assertThat(plant.enterprise().level()).isNull();
    }

    @Test
    void theSignatureIgnoresValuesThatDriftButNotWhichPointsAreInAlarm() {
        plant.alarm("YL001", "HH", Duration.ofMinutes(3));
        var before = plant.source().signature();
        plant.alarms.set(0, new AlarmFact(PointCode.of(Plant.TANK + "YL001"), "压力", EquipmentCode.of(Plant.TANK),
                AlarmKind.LIMIT_HIGH, Severity.HH,
                Plant.NOW.minusSeconds(600), 2.2, 2.0, "MPa"));
        assertThat(plant.source().signature()).isEqualTo(before);
        plant.alarm("YL002", "HH", Duration.ZERO);
        assertThat(plant.source().signature()).isNotEqualTo(before);
    }

    @Test
    void thresholdsMustFallFromRedToBlue() {
        assertThatThrownBy(() -> new Weights(List.of(30, 20, 10, 5), 40, 15, Duration.ofMinutes(30), 10, 2, 20, 3,
                25, 10, 5, 10, 15, 5, 10, 10, 20, 60, 80, 40, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Weights.defaults().levelOf(80)).isEqualTo(WarningLevel.RED);
        assertThat(Weights.defaults().levelOf(19)).isNull();
    }
}
