package org.hazwatch.platform.video.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClipRulesTest {

    static final Instant T = Instant.parse("2026-12-06T02:00:00Z");
    final ClipWindows windows = new ClipWindows(ClipWindows.BEFORE, ClipWindows.AFTER);

    @Test
    void aLoneMomentGetsThirtySecondsBeforeAndSixtyAfter() {
        assertThat(windows.place(T, List.of())).isEqualTo(new ClipWindows.New(T.minusSeconds(30), T.plusSeconds(60)));
    }

    @Test
    void aMomentInsideAnAwaitedClipWidensItToItsOwnWindow() {
        ClipWindows.Clip awaited = new ClipWindows.Clip("a", T.minusSeconds(30), T.plusSeconds(60), true);
        assertThat(windows.place(T.plusSeconds(10), List.of(awaited)))
                .isEqualTo(new ClipWindows.Widen("a", T.minusSeconds(30), T.plusSeconds(70)));
        assertThat(windows.place(T, List.of(awaited))).isEqualTo(new ClipWindows.Covered("a"));
    }

    @Test
    void aMomentInsideADeliveredClipIsCoveredAndOneJustAfterItGetsItsOwn() {
        ClipWindows.Clip stored = new ClipWindows.Clip("s", T.minusSeconds(30), T.plusSeconds(60), false);
        assertThat(windows.place(T.plusSeconds(50), List.of(stored))).isEqualTo(new ClipWindows.Covered("s"));
        assertThat(windows.place(T.plusSeconds(70), List.of(stored)))
                .isEqualTo(new ClipWindows.New(T.plusSeconds(40), T.plusSeconds(130)));
    }

    @Test
    void aClipWidensToFiveMinutesAtMostThenTheNextMomentStartsAnother() {
        ClipWindows.Clip wide = new ClipWindows.Clip("w", T.minusSeconds(30), T.plus(Duration.ofMinutes(4)), true);
        Instant later = T.plus(Duration.ofMinutes(4)).plusSeconds(20);
        assertThat(windows.place(later, List.of(wide)))
                .isEqualTo(new ClipWindows.New(later.minusSeconds(30), later.plusSeconds(60)));
    }

    @Test
    void theOldestClipsMakeRoomForTheNextFileAndAFileThatCannotFitIsRefused() {
        List<StorageQuota.Stored> oldestFirst = List.of(new StorageQuota.Stored("1", 300),
                new StorageQuota.Stored("2", 300), new StorageQuota.Stored("3", 300));
        assertThat(StorageQuota.makeRoom(900, 100, 1000, oldestFirst)).isEqualTo(new StorageQuota.Room(List.of(), false));
        assertThat(StorageQuota.makeRoom(900, 101, 1000, oldestFirst))
                .isEqualTo(new StorageQuota.Room(List.of("1"), false));
        assertThat(StorageQuota.makeRoom(900, 450, 1000, oldestFirst))
                .isEqualTo(new StorageQuota.Room(List.of("1", "2"), false));
        assertThat(StorageQuota.makeRoom(1000, 1001, 1000, oldestFirst).refused()).isTrue();
        assertThat(StorageQuota.percent(250, 1000)).isEqualTo(25.0);
    }

    @Test
    void aPointIsFilmedByItsEquipmentsCamerasElseByItsHazardSources() {
        List<ClipCameras.Camera> cameras = List.of(new ClipCameras.Camera("V1", "HS1", null),
                new ClipCameras.Camera("V2", "HS1", "EQ2"), new ClipCameras.Camera("V3", "HS2", null));
        assertThat(ClipCameras.forPoint("HS1", "EQ2", cameras)).containsExactly("V2");
        assertThat(ClipCameras.forPoint("HS1", "EQ1", cameras)).containsExactly("V1", "V2");
        assertThat(ClipCameras.forPoint("HS9", "EQ9", cameras)).isEmpty();
        assertThat(ClipCameras.filmed("LIMIT_HIGH")).isTrue();
        assertThat(ClipCameras.filmed("FLATLINE")).isFalse();
        assertThat(ClipCameras.filmed("VIDEO_EVENT")).isFalse();
    }
}
