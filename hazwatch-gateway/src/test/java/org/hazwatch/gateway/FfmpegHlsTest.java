package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfmpegHlsTest {

    @Test
    void aCamerasRtspStreamIsCopiedIntoHlsNeverReencoded() {
        List<String> command = FfmpegHls.stream("ffmpeg", "rtsp://10.0.0.8/ch1", Path.of("/tmp/c"), Duration.ofSeconds(2));

        assertThat(String.join(" ", command)).contains("-rtsp_transport tcp -i rtsp://10.0.0.8/ch1")
                .contains("-c copy -f hls -hls_time 2.0").doesNotContain("libx264");
        assertThat(command.get(command.size() - 1)).isEqualTo(Path.of("/tmp/c/index.m3u8").toString());
    }

    @Test
    void aRecordingLoopsInRealTimeLikeACamera() {
        List<String> command = FfmpegHls.stream("ffmpeg", "/tmp/pattern.mp4", Path.of("/tmp/c"), Duration.ofSeconds(1));

        assertThat(String.join(" ", command)).contains("-re -stream_loop -1 -i /tmp/pattern.mp4").contains("-c copy");
    }

    @Test
    void theTestPatternIsEncodedOnceWithAKeyFrameEverySecond() {
        List<String> command = FfmpegHls.encodeTestPattern("ffmpeg", Path.of("p.mp4"), Duration.ofSeconds(30), 800);

        assertThat(String.join(" ", command)).contains("-f lavfi -i testsrc").contains("-c:v libx264")
                .contains("-g 25").contains("-b:v 800k");
    }
}
