package org.hazwatch.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.protocol.LiveVideo;

/**
 * The ffmpeg command lines of the video gateway (SPEC §11). A camera's RTSP stream becomes HLS with its codec
 * copied: the gateway re-encodes nothing, so its upload is the camera's own bitrate plus the MPEG-TS framing. The
 * test pattern is encoded once (H.264, a key frame every second) and then streamed the same way, looping in real
 * time, as a camera would.
 */
final class FfmpegHls {

    static final String TEST_PATTERN = "test-pattern";
    /** How many segments ffmpeg keeps in its own playlist; the platform keeps its window from them. */
    static final int LIST_SIZE = 6;

    private FfmpegHls() {
    }

    /** Streams {@code source} (an RTSP URL, a file, or the encoded test pattern) to HLS in {@code dir}. */
    static List<String> stream(String ffmpeg, String source, Path dir, Duration segment) {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error"));
        if (source.startsWith("rtsp://") || source.startsWith("rtsps://")) {
            command.addAll(List.of("-rtsp_transport", "tcp", "-i", source));
        } else {
            // a recorded file plays at its own pace, over and over, like a camera that never ends
            command.addAll(List.of("-re", "-stream_loop", "-1", "-i", source));
        }
        command.addAll(List.of("-map", "0:v", "-c", "copy", "-f", "hls",
                "-hls_time", seconds(segment), "-hls_list_size", Integer.toString(LIST_SIZE),
                "-hls_flags", "delete_segments+temp_file+omit_endlist",
                "-hls_segment_filename", dir.resolve("seg%06d.ts").toString(),
                dir.resolve(LiveVideo.PLAYLIST).toString()));
        return command;
    }

    /**
     * Records {@code source} into a rolling HLS recording in {@code dir} (event clips): {@code record.m3u8} names the
     * last {@code keep} of segments, each with its wall-clock start ({@code #EXT-X-PROGRAM-DATE-TIME}); older
     * segments are deleted by ffmpeg. Codec copied, as live; nothing leaves the gateway unless a clip is ordered.
     */
    static List<String> record(String ffmpeg, String source, Path dir, Duration segment, Duration keep) {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error"));
        if (source.startsWith("rtsp://") || source.startsWith("rtsps://")) {
            command.addAll(List.of("-rtsp_transport", "tcp", "-i", source));
        } else {
            command.addAll(List.of("-re", "-stream_loop", "-1", "-i", source));
        }
        long size = Math.max(2, keep.toMillis() / Math.max(1, segment.toMillis()) + 1);
        command.addAll(List.of("-map", "0:v", "-c", "copy", "-f", "hls",
                "-hls_time", seconds(segment), "-hls_list_size", Long.toString(size),
                "-hls_flags", "delete_segments+temp_file+omit_endlist+program_date_time",
                "-hls_segment_filename", dir.resolve("rec%06d.ts").toString(),
                dir.resolve(RECORDING).toString()));
        return command;
    }

    /** The rolling recording's playlist in a camera's recording directory. */
    static final String RECORDING = "record.m3u8";

    /**
     * Encodes the test pattern (ffmpeg's {@code testsrc} with a running clock) once: H.264 main profile at
     * {@code bitrateKbps}, 25 frames a second, a key frame every second so segments can be cut every second.
     */
    static List<String> encodeTestPattern(String ffmpeg, Path file, Duration length, int bitrateKbps) {
        String rate = bitrateKbps + "k";
        return List.of(ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=size=640x360:rate=25", "-t", seconds(length),
                "-c:v", "libx264", "-profile:v", "main", "-pix_fmt", "yuv420p", "-preset", "veryfast",
                "-g", "25", "-keyint_min", "25", "-sc_threshold", "0",
                "-b:v", rate, "-minrate", rate, "-maxrate", rate, "-bufsize", (2 * bitrateKbps) + "k",
                "-x264-params", "nal-hrd=cbr", "-movflags", "+faststart", file.toString());
    }

    private static String seconds(Duration duration) {
        return Double.toString(duration.toMillis() / 1000.0);
    }
}
