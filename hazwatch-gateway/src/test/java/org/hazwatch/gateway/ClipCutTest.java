package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClipCutTest {

    static final String RECORDING = """
            #EXTM3U
            #EXT-X-VERSION:3
            #EXT-X-TARGETDURATION:2
            #EXT-X-MEDIA-SEQUENCE:7
            #EXTINF:2.000000,
            #EXT-X-PROGRAM-DATE-TIME:2026-12-06T11:12:24.668+0800
            rec000007.ts
            #EXTINF:2.000000,
            #EXT-X-PROGRAM-DATE-TIME:2026-12-06T03:12:26.668+0000
            rec000008.ts
            #EXTINF:1.960000,
            rec000009.ts
            #EXTINF:2.000000,
            #EXT-X-PROGRAM-DATE-TIME:2026-12-06T03:12:30.628+0000
            rec000010.ts
            """;

    @Test
    void theRecordingsSegmentsCarryTheirWallClockStartsWhateverTheOffset() {
        List<ClipCut.Segment> segments = ClipCut.segments(RECORDING);
        assertThat(segments).extracting(ClipCut.Segment::file)
                .containsExactly("rec000007.ts", "rec000008.ts", "rec000009.ts", "rec000010.ts");
        assertThat(segments.get(0).start()).isEqualTo(Instant.parse("2026-12-06T03:12:24.668Z"));
        assertThat(segments.get(2).start()).as("no date of its own: the one before plus its length")
                .isEqualTo(Instant.parse("2026-12-06T03:12:28.668Z"));
        assertThat(segments.get(2).length()).isEqualTo(Duration.ofMillis(1960));
    }

    @Test
    void aClipTakesEverySegmentOverlappingItsWindowWhole() {
        List<ClipCut.Segment> segments = ClipCut.segments(RECORDING);
        assertThat(ClipCut.covering(segments, Instant.parse("2026-12-06T03:12:27Z"),
                Instant.parse("2026-12-06T03:12:29Z"))).extracting(ClipCut.Segment::file)
                .containsExactly("rec000008.ts", "rec000009.ts");
        assertThat(ClipCut.covering(segments, Instant.parse("2026-12-06T03:12:26.668Z"),
                Instant.parse("2026-12-06T03:12:28.668Z"))).as("touching ends are not overlaps")
                .extracting(ClipCut.Segment::file).containsExactly("rec000008.ts");
        assertThat(ClipCut.covering(segments, Instant.parse("2026-12-06T03:00:00Z"),
                Instant.parse("2026-12-06T03:01:00Z"))).isEmpty();
    }

    @Test
    void theVodPlaylistNamesTheClipsFilesInOrderAndEnds() {
        List<ClipCut.Segment> segments = ClipCut.segments(RECORDING).subList(1, 3);
        String playlist = ClipCut.vodPlaylist(segments);
        assertThat(playlist).startsWith("#EXTM3U\n").contains("#EXT-X-PLAYLIST-TYPE:VOD\n")
                .contains("#EXT-X-PROGRAM-DATE-TIME:2026-12-06T03:12:26.668Z\n")
                .contains("#EXTINF:2.000,\nc0000.ts\n#EXTINF:1.960,\nc0001.ts\n").endsWith("#EXT-X-ENDLIST\n");
        assertThat(ClipCut.vodPlaylist(List.of())).doesNotContain("#EXTINF").endsWith("#EXT-X-ENDLIST\n");
    }
}
