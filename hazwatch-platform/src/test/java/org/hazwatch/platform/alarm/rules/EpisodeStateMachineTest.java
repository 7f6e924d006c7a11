package org.hazwatch.platform.alarm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.platform.alarm.rules.Rig.at;
import static org.hazwatch.platform.alarm.rules.Rig.point;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.protocol.PointCode;
import org.junit.jupiter.api.Test;

class EpisodeStateMachineTest {

    static final String P = "14052500099001S0001WD001";
    static final AlarmKey HIGH = AlarmKey.ofPoint(PointCode.of(P), AlarmKind.LIMIT_HIGH);
    static final Instant LATER = Rig.T0.plusSeconds(3600);

    final Rig rig = Rig.of(point(P, null, null, 80.0, 90.0, 1.0, Duration.ZERO));

    @Test
    void anAcknowledgedAlarmThatReturnsToNormalIsClosed() {
        UUID id = raise();
        rig.board.acknowledge(id, "te", "seen, cooling increased", LATER);
        assertThat(rig.board.openById(id)).get().extracting(Episode::state).isEqualTo(EpisodeState.ACKNOWLEDGED);

        rig.feed(at(P, 10, 70));

        assertThat(rig.episodes.get(id).state()).isEqualTo(EpisodeState.NORMAL);
        assertThat(rig.board.openById(id)).isEmpty();
        assertThat(rig.transitions).filteredOn(t -> t.kind() == TransitionKind.ACKNOWLEDGED).singleElement()
                .satisfies(t -> {
                    assertThat(t.actor()).isEqualTo("te");
                    assertThat(t.note()).isEqualTo("seen, cooling increased");
                    assertThat(t.at()).isEqualTo(LATER);
                });
    }

    @Test
    void aReturnedUnacknowledgedAlarmClosesWhenAcknowledged() {
        UUID id = raise();
        rig.feed(at(P, 10, 70));
        assertThat(rig.episodes.get(id).state()).isEqualTo(EpisodeState.RETURNED_UNACKNOWLEDGED);

        rig.board.acknowledge(id, "te", null, LATER);
        rig.collect();

        assertThat(rig.episodes.get(id).state()).isEqualTo(EpisodeState.NORMAL);
    }

    @Test
    void aConditionReturningBeforeAcknowledgementReopensTheSameEpisodeUnacknowledged() {
        UUID id = raise();
        rig.feed(at(P, 10, 70), at(P, 20, 85));

        assertThat(rig.episodes()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.state()).isEqualTo(EpisodeState.UNACKNOWLEDGED);
            assertThat(e.clearedAt()).isNull();
        });
    }

    @Test
    void risingToHighHighMustBeAcknowledgedAgainButFallingBackKeepsTheAcknowledgement() {
        UUID id = raise();
        rig.board.acknowledge(id, "te", null, LATER);
        rig.feed(at(P, 10, 95));
        assertThat(rig.board.openById(id)).get().extracting(Episode::state).isEqualTo(EpisodeState.UNACKNOWLEDGED);

        rig.board.acknowledge(id, "te", null, LATER);
        rig.feed(at(P, 20, 85));

        assertThat(rig.board.openById(id)).get().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Severity.H);
            assertThat(e.state()).isEqualTo(EpisodeState.ACKNOWLEDGED);
        });
    }

    @Test
    void acknowledgingTwiceIsRefused() {
        UUID id = raise();
        rig.board.acknowledge(id, "te", null, LATER);

        assertThatThrownBy(() -> rig.board.acknowledge(id, "te", null, LATER))
                .isInstanceOf(AlarmOperationRefused.class);
    }

    @Test
    void aShelvedAlarmIsNotAnnunciatedAndComesBackUnacknowledgedWhenUnshelvedStillActive() {
        UUID id = raise();
        rig.board.acknowledge(id, "te", null, LATER);
        rig.board.cover(HIGH, Cover.SHELVED, "te", "transmitter being replaced", LATER);
        assertThat(rig.board.openById(id)).get().extracting(Episode::state).isEqualTo(EpisodeState.SHELVED);

        rig.board.cover(HIGH, Cover.NONE, Transition.SYSTEM, null, LATER.plusSeconds(600));
        rig.collect();

        assertThat(rig.episodes.get(id).state()).isEqualTo(EpisodeState.UNACKNOWLEDGED);
        assertThat(rig.kinds()).containsExactly(TransitionKind.RAISED, TransitionKind.ACKNOWLEDGED,
                TransitionKind.SHELVED, TransitionKind.UNSHELVED);
    }

    @Test
    void aCoveredAlarmWhoseConditionClearsIsClosedWithoutAcknowledgement() {
        UUID id = raise();
        rig.board.cover(HIGH, Cover.SUPPRESSED, "te", "unit shut down", LATER);

        rig.feed(at(P, 10, 70));

        assertThat(rig.episodes.get(id).state()).isEqualTo(EpisodeState.NORMAL);
    }

    @Test
    void aConditionThatArisesOutOfServiceIsRecordedAsOutOfService() {
        rig.covers.put(new Covers.OutOfServicePeriod(UUID.randomUUID(), Rig.ENTERPRISE, Set.of(P), Rig.T0,
                Rig.T0.plusSeconds(60), "filing 1"));

        rig.feed(at(P, 0, 85), at(P, 60, 95));

        assertThat(rig.episodes()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(EpisodeState.OUT_OF_SERVICE);
            assertThat(e.state().inForce()).isFalse();
        });
        assertThat(rig.covers.at(HIGH, Rig.T0.plusSeconds(60))).isEqualTo(Cover.NONE);
    }

    @Test
    void suppressionOfAnEquipmentCoversItsPointsAndOutOfServiceOutranksIt() {
        rig.covers.put(new Covers.Suppression(UUID.randomUUID(), P.substring(0, 19), "te", "unit down", Rig.T0,
                null));
        assertThat(rig.covers.at(HIGH, Rig.T0)).isEqualTo(Cover.SUPPRESSED);

        rig.covers.put(new Covers.OutOfServicePeriod(UUID.randomUUID(), Rig.ENTERPRISE, Set.of(), Rig.T0, LATER,
                "filing 2"));

        assertThat(rig.covers.at(HIGH, Rig.T0)).isEqualTo(Cover.OUT_OF_SERVICE);
        assertThat(rig.covers.at(HIGH, LATER)).isEqualTo(Cover.SUPPRESSED);
    }

    private UUID raise() {
        rig.feed(at(P, 0, 85));
        return rig.episodes().get(0).id();
    }
}
