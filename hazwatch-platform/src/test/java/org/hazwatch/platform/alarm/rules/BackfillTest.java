package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;

/** Back-fill through the same rules on copies: what ended, what is still active now, what the live alarm carries on. */
class BackfillTest {

    static final String A = "14052500099001S0001YW001";
    static final PointAlarmSettings SETTINGS = Rig.point(A, null, null, 80.0, 90.0, 1.0, Duration.ZERO);
    static final AlarmKey HIGH = AlarmKey.ofPoint(PointCode.of(A), AlarmKind.LIMIT_HIGH);
    static final Instant NOW = Rig.T0.plusSeconds(10_000);

    @Test
    void anEpisodeThatEndedInsideTheStretchIsStoredClosedByTheSystemAndNotLive() {
        List<Sample> stored = readings(0, 100, s -> s >= 40 && s < 60 ? 95 : 50);

        Backfill.Outcome outcome = evaluate(stored, 30, 70, Optional.empty());

        assertThat(outcome.changes().episodes()).singleElement().satisfies(e -> {
            assertThat(e.raisedAt()).isEqualTo(Rig.T0.plusSeconds(40));
            assertThat(e.clearedAt()).isEqualTo(Rig.T0.plusSeconds(60));
            assertThat(e.late()).isTrue();
            assertThat(e.closed()).isTrue();
        });
        assertThat(outcome.changes().transitions()).extracting(Transition::kind)
                .containsExactly(TransitionKind.RAISED, TransitionKind.CLEARED, TransitionKind.ACKNOWLEDGED);
        assertThat(outcome.adopted()).isEmpty();
        assertThat(outcome.live().isEmpty()).isTrue();
    }

    @Test
    void readingsBeforeTheStretchOnlyBuildTheStateAndAfterItRaiseNothingNew() {
        // over HH before the stretch (already known), normal in it, over HH again after it (the live engine's)
        List<Sample> stored = readings(0, 100, s -> s < 20 || s >= 80 ? 95 : 50);

        assertThat(evaluate(stored, 30, 60, Optional.empty()).changes().isEmpty()).isTrue();
    }

    @Test
    void anEpisodeStillActiveNowIsAdoptedWithThePointsConditions() {
        List<Sample> stored = readings(0, 100, s -> s >= 50 ? 95 : 50);

        Backfill.Outcome outcome = evaluate(stored, 30, 70, Optional.empty());

        assertThat(outcome.adopted()).singleElement().satisfies(e -> {
            assertThat(e.active()).isTrue();
            assertThat(e.late()).isTrue();
            assertThat(e.raisedAt()).isEqualTo(Rig.T0.plusSeconds(50));
        });
        assertThat(outcome.live().transitions()).extracting(Transition::kind).containsExactly(TransitionKind.RAISED);
        assertThat(outcome.points()).containsExactly(A);
        assertThat(outcome.conditions().evaluatedThrough(A)).isEqualTo(Rig.T0.plusSeconds(99));
    }

    @Test
    void anEpisodeTheLiveAlarmCarriesOnEndsWhereTheLiveOneBegan() {
        List<Sample> stored = readings(0, 100, s -> s >= 50 ? 95 : 50);
        Instant liveRaised = Rig.T0.plusSeconds(71);
        Episode live = new Episode(HIGH.episodeId(liveRaised), HIGH, Severity.HH, true, false, Cover.NONE, liveRaised,
                null, 95, false, 1);

        Backfill.Outcome outcome = evaluate(stored, 30, 70, Optional.of(live));

        assertThat(outcome.adopted()).isEmpty();
        assertThat(outcome.changes().episodes()).singleElement().satisfies(e -> {
            assertThat(e.raisedAt()).isEqualTo(Rig.T0.plusSeconds(50));
            assertThat(e.clearedAt()).isEqualTo(liveRaised);
            assertThat(e.closed()).isTrue();
        });
        assertThat(outcome.changes().transitions()).filteredOn(t -> t.kind() == TransitionKind.ACKNOWLEDGED)
                .extracting(Transition::note).containsExactly(Backfill.CONTINUED);
    }

    private static Backfill.Outcome evaluate(List<Sample> stored, long from, long to, Optional<Episode> liveOpen) {
        return Backfill.evaluate(code -> code.equals(A) ? SETTINGS : null, stored,
                Map.of(A, new Instant[] {Rig.T0.plusSeconds(from), Rig.T0.plusSeconds(to)}),
                (key, at) -> Cover.NONE, key -> key.equals(HIGH) ? liveOpen : Optional.empty(), NOW);
    }

    /** One reading a second from {@code from} to {@code to} (exclusive). */
    private static List<Sample> readings(long from, long to, java.util.function.LongToDoubleFunction value) {
        List<Sample> samples = new ArrayList<>();
        for (long s = from; s < to; s++) {
            samples.add(Rig.at(A, s, value.applyAsDouble(s)));
        }
        return samples;
    }
}
