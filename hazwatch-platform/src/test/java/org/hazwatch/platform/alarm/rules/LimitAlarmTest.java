package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.alarm.rules.Rig.at;
import static org.hazwatch.platform.alarm.rules.Rig.point;
import static org.hazwatch.platform.alarm.rules.TransitionKind.CLEARED;
import static org.hazwatch.platform.alarm.rules.TransitionKind.RAISED;
import static org.hazwatch.platform.alarm.rules.TransitionKind.SEVERITY_CHANGED;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitAlarmTest {

    static final String P = "14052500099001S0001WD001";
    static final Duration FIFTEEN = Duration.ofSeconds(15);

    final Rig rig = Rig.of(point(P, null, null, 80.0, 90.0, 2.0, FIFTEEN));

    @Test
    void raisesHighOnlyWhenTheLimitWasExceededByEveryReadingForTheOnDelay() {
        rig.feed(at(P, 0, 85), at(P, 10, 86));
        assertThat(rig.episodes()).isEmpty();

        rig.feed(at(P, 15, 85));

        assertThat(rig.episodes()).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Severity.H);
            assertThat(e.raisedAt()).isEqualTo(Rig.T0.plusSeconds(15));
            assertThat(e.state()).isEqualTo(EpisodeState.UNACKNOWLEDGED);
        });
    }

    @Test
    void aSpikeShorterThanTheOnDelayRaisesNothing() {
        rig.feed(at(P, 0, 95), at(P, 10, 70), at(P, 20, 95), at(P, 30, 70), at(P, 40, 85), at(P, 50, 79.9));

        assertThat(rig.episodes()).isEmpty();
    }

    @Test
    void returnsToNormalOnlyWhenBackInsideTheLimitByTheDeadbandForTheOffDelay() {
        rig.feed(at(P, 0, 85), at(P, 15, 85));
        rig.feed(at(P, 20, 79), at(P, 40, 78.5), at(P, 60, 78.1));
        assertThat(rig.kinds()).containsExactly(RAISED);

        rig.feed(at(P, 70, 77.9), at(P, 80, 77), at(P, 85, 76));

        assertThat(rig.kinds()).containsExactly(RAISED, CLEARED);
        assertThat(rig.episodes()).singleElement().satisfies(e -> {
            assertThat(e.clearedAt()).isEqualTo(Rig.T0.plusSeconds(85));
            assertThat(e.state()).isEqualTo(EpisodeState.RETURNED_UNACKNOWLEDGED);
            assertThat(e.peakValue()).isEqualTo(85.0);
        });
    }

    @Test
    void risingToHighHighAndBackIsOneEpisodeWhoseSeverityMoves() {
        rig.feed(at(P, 0, 85), at(P, 15, 85), at(P, 30, 92), at(P, 45, 93), at(P, 60, 85), at(P, 75, 84),
                at(P, 90, 70), at(P, 105, 70));

        assertThat(rig.kinds()).containsExactly(RAISED, SEVERITY_CHANGED, SEVERITY_CHANGED, CLEARED);
        assertThat(rig.transitions).extracting(Transition::severity)
                .containsExactly(Severity.H, Severity.HH, Severity.H, Severity.H);
        assertThat(rig.episodes()).singleElement().satisfies(e -> assertThat(e.peakValue()).isEqualTo(93.0));
    }

    @Test
    void aValueStraightPastHighHighRaisesTheEpisodeAtHighHigh() {
        rig.feed(at(P, 0, 95), at(P, 15, 95));

        assertThat(rig.episodes()).singleElement().extracting(Episode::severity).isEqualTo(Severity.HH);
    }

    @Test
    void aValueFallingFromHighHighStraightToNormalClearsTheEpisodeAtOnce() {
        Rig quick = Rig.of(point(P, null, null, 80.0, 90.0, 1.0, Duration.ZERO));

        quick.feed(at(P, 0, 95), at(P, 10, 50));

        assertThat(quick.kinds()).containsExactly(RAISED, CLEARED);
    }

    @Test
    void lowLimitsAlarmBelowThemWithTheirOwnEpisode() {
        Rig low = Rig.of(point(P, 10.0, 20.0, 80.0, null, 1.0, Duration.ZERO));

        low.feed(at(P, 0, 19), at(P, 10, 5), at(P, 20, 10.5), at(P, 30, 11.5), at(P, 40, 30), at(P, 50, 85));

        assertThat(low.transitions).extracting(t -> t.key().kind() + ":" + t.kind() + ":" + t.severity())
                .containsExactly("LIMIT_LOW:RAISED:L", "LIMIT_LOW:SEVERITY_CHANGED:LL",
                        "LIMIT_LOW:SEVERITY_CHANGED:L", "LIMIT_LOW:CLEARED:L", "LIMIT_HIGH:RAISED:H");
        assertThat(low.episodes()).first().extracting(Episode::peakValue).isEqualTo(5.0);
    }

    @Test
    void aReadingOlderThanTheLastEvaluatedOneIsRefused() {
        rig.feed(at(P, 100, 70));
        rig.feed(at(P, 50, 95), at(P, 90, 95));

        assertThat(rig.engine.refusedOutOfOrder()).isEqualTo(2);
        assertThat(rig.episodes()).isEmpty();
    }

    @Test
    void aBackFilledReadingRaisesALateEpisode() {
        Rig now = Rig.of(point(P, null, null, 80.0, null, 1.0, Duration.ZERO));

        now.feed(new Sample(P, Rig.T0, 85, SampleQuality.USABLE, true));

        assertThat(now.episodes()).singleElement().extracting(Episode::late).isEqualTo(true);
    }
}
