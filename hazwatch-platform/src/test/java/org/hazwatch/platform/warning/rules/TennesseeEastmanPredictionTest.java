package org.hazwatch.platform.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.sim.TeRecording;
import org.hazwatch.sim.TeSample;
import org.hazwatch.sim.TennesseeEastman;
import org.junit.jupiter.api.Test;

/**
 * The predictive warning on real plant data: N. L. Ricker's Tennessee Eastman recordings (one row every 10 minutes for
 * 50 hours, disturbance from 1 h), reactor pressure XMEAS(7) with the limits published with the process (H = normal
 * operating limit 2895 kPa, HH = shutdown limit 3000 kPa), replayed through the live trend classes with the live
 * defaults, assessed every minute as the warning engine does. docs/ALARMS.md quotes the figures.
 */
class TennesseeEastmanPredictionTest {

    static final Instant START = Instant.parse("2026-11-30T00:00:00Z");
    static final Trend.Limits REACTOR_PRESSURE = new Trend.Limits("TE-XMEAS7", "反应器压力", "kPa", null, null, 2895.0,
            3000.0);
    /** The lead measured with the defaults (82 minutes), less one 10-minute row of the recording. */
    static final Duration LEAD_AT_LEAST = Duration.ofMinutes(72);

    static TrendReplay.Result replay(int disturbance) {
        TeRecording recording = TennesseeEastman.disturbance(disturbance);
        List<Trend.Sample> samples = new ArrayList<>();
        for (TeSample row : recording.samples()) {
            samples.add(new Trend.Sample(at(row.hours()), row.xmeas(7)));
        }
        Instant end = samples.get(samples.size() - 1).at();
        return TrendReplay.replay(REACTOR_PRESSURE, samples, START, end, Duration.ofMinutes(1),
                () -> new PointTrend(Trend.Settings.defaults(), Trend.Settings.operatingDefaults(), 60));
    }

    /** The recording writes its times to five decimals of an hour (7.83333): to the nearest second. */
    static Instant at(double hours) {
        return START.plusSeconds(Math.round(hours * 3600));
    }

    @Test
    void lossOfAFeedIsPredictedWellBeforeTheReactorPressureCrossesItsNormalLimit() {
        TrendReplay.Result idv6 = replay(6);

        TrendReplay.Crossing crossing = idv6.firstCrossing(Severity.H).orElseThrow();
        assertThat(Duration.between(START, crossing.at())).as("first crossing of 2895 kPa at 7.83 h")
                .isEqualTo(Duration.ofMinutes(470));
        assertThat(crossing.predicted()).as("a prediction of H stood when it was crossed").isTrue();
        System.out.printf("IDV 6: H crossed at %s h, predicted from %s h, lead %s; runs %s%n",
                Duration.between(START, crossing.at()).toMinutes() / 60.0,
                Duration.between(START, crossing.predictedFrom()).toMinutes() / 60.0, crossing.lead(), idv6.runs());
        assertThat(crossing.lead()).isGreaterThanOrEqualTo(LEAD_AT_LEAST);
        assertThat(idv6.runs()).as("one run, towards H, ending before the crossing")
                .singleElement().satisfies(run -> {
                    assertThat(run.target()).isEqualTo(Severity.H);
                    assertThat(run.to()).isBefore(crossing.at());
                });
        assertThat(idv6.firstCrossing(Severity.HH)).as("the pressure peaks at 2961 kPa, below HH").isEmpty();
    }

    @Test
    void noOtherDisturbancePredictsACrossing() {
        List<Integer> others = IntStream.rangeClosed(1, 15).filter(n -> n != 6).boxed().toList();
        int falseWarnings = 0;
        for (int n : others) {
            TrendReplay.Result run = replay(n);
            assertThat(run.crossings()).as("IDV %d never crosses a limit", n).isEmpty();
            assertThat(run.assessments()).as("50 hours, every minute").isEqualTo(50 * 60 + 1);
            falseWarnings += run.runs().size();
        }
        assertThat(falseWarnings).as("predictions on the 14 runs that never cross").isZero();
    }
}
