package org.hazwatch.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.junit.jupiter.api.Test;

class ReplayTest {

    static final Instant START = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void aRowTenPlantMinutesLaterIsDueTenSecondsLaterAtSixtyTimesSpeed() {
        List<ReplayStep> steps = Replay.ofTePlant(1, START, 60).steps();

        assertThat(steps).hasSize(301);
        assertThat(steps.get(0).at()).isEqualTo(START);
        assertThat(steps.get(1).at()).isEqualTo(START.plusSeconds(10));
        assertThat(steps.get(300).at()).isEqualTo(START.plus(Duration.ofMinutes(50)));
    }

    @Test
    void atRealSpeedTheRecordingLastsFiftyHours() {
        Replay replay = Replay.ofTePlant(1, START, 1);
        assertThat(replay.offsetOf(50.0)).isEqualTo(Duration.ofHours(50));
        assertThat(replay.steps().get(300).at()).isEqualTo(START.plus(Duration.ofHours(50)));
    }

    @Test
    void eachStepCarriesTheRowsValuesOfAll22PointsStampedWithItsInstantInShanghaiTime() {
        TeSample row = TennesseeEastman.disturbance(1).samples().get(1);
        ReplayStep step = Replay.ofTePlant(1, START, 60).steps().get(1);

        assertThat(step.readings()).hasSize(22);
        Reading pressure = step.readings().get(6);
        assertThat(pressure.pointCode()).isEqualTo("14052500099001S0001YL001");
        assertThat(pressure.value()).isEqualTo(row.xmeas(7));
        assertThat(pressure.quality()).isEqualTo(Quality.GOOD);
        assertThat(pressure.time().toInstant()).isEqualTo(START.plusSeconds(10));
        assertThat(pressure.time().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void aReRunSendsTheSameBatchIdsAndEachStepItsOwn() {
        List<ReplayStep> first = Replay.ofTePlant(3, START, 60).steps();
        List<ReplayStep> again = Replay.ofTePlant(3, START, 60).steps();

        ReadingBatch batch = first.get(0).batch(TePlant.ENTERPRISE_CODE, TePlant.GATEWAY_CODE);
        assertThat(batch.batchId()).isEqualTo(again.get(0).batch(TePlant.ENTERPRISE_CODE, TePlant.GATEWAY_CODE).batchId());
        assertThat(first.stream().map(s -> s.batch(TePlant.ENTERPRISE_CODE, TePlant.GATEWAY_CODE).batchId()))
                .doesNotHaveDuplicates();
        assertThat(batch.gatewayCode()).isEqualTo("1405250009901");
    }

    @Test
    void refusesANonPositiveSpeedUp() {
        assertThatThrownBy(() -> Replay.ofTePlant(1, START, 0)).hasMessageContaining("positive");
    }
}
