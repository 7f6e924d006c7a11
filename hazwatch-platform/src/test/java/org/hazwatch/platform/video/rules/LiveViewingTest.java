package org.hazwatch.platform.video.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LiveViewingTest {

    static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");
    final LiveViewing viewing = new LiveViewing(LiveViewing.STOP_AFTER);

    @Test
    void aCameraIsWatchedUntilSixtySecondsAfterTheLastPlaylistFetch() {
        assertThat(viewing.open("14052500001V001", "14052500001", T0)).isTrue();
        assertThat(viewing.viewed("14052500001V001", T0.plusSeconds(30))).isTrue();

        assertThat(viewing.leave(T0.plusSeconds(89))).isEmpty();
        assertThat(viewing.leave(T0.plusSeconds(90))).extracting(LiveViewing.Watched::camera)
                .containsExactly("14052500001V001");
        assertThat(viewing.watched("14052500001V001")).isEmpty();
    }

    @Test
    void aViewerWhoNeverFetchesHoldsTheCameraForSixtySecondsFromOpening() {
        viewing.open("14052500001V001", "14052500001", T0);

        assertThat(viewing.leave(T0.plus(LiveViewing.STOP_AFTER).minusMillis(1))).isEmpty();
        assertThat(viewing.leave(T0.plus(LiveViewing.STOP_AFTER))).hasSize(1);
    }

    @Test
    void aFetchOfACameraNobodyOpenedChangesNothing() {
        assertThat(viewing.viewed("14052500001V001", T0)).isFalse();
        assertThat(viewing.watchedOf("14052500001")).isEmpty();
    }

    @Test
    void aLateFetchNeverMovesTheLastViewBack() {
        viewing.open("14052500001V001", "14052500001", T0.plusSeconds(50));
        viewing.viewed("14052500001V001", T0);

        assertThat(viewing.watched("14052500001V001")).get().extracting(LiveViewing.Watched::lastViewed)
                .isEqualTo(T0.plusSeconds(50));
    }

    @Test
    void anEnterpriseHearsOnlyItsOwnWatchedCameras() {
        viewing.open("14052500001V002", "14052500001", T0);
        viewing.open("14052500001V001", "14052500001", T0);
        viewing.open("14052500002V001", "14052500002", T0);

        assertThat(viewing.watchedOf("14052500001")).containsExactly("14052500001V001", "14052500001V002");
    }

    @Test
    void aShorterConfiguredStopAppliesToo() {
        LiveViewing quick = new LiveViewing(Duration.ofSeconds(4));
        quick.open("c1x", "14052500001", T0);

        assertThat(quick.leave(T0.plusSeconds(4))).hasSize(1);
    }
}
