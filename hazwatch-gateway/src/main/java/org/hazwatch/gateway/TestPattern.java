package org.hazwatch.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The test-pattern camera's recording (测试图像), encoded once per work directory and then streamed in a loop. */
final class TestPattern {

    static final Duration LENGTH = Duration.ofSeconds(30);
    static final int BITRATE_KBPS = 800;

    private TestPattern() {
    }

    /** The pattern's file in {@code dir}, encoded now if it is not there yet. */
    static synchronized Path ensure(String ffmpeg, Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("test-pattern-" + BITRATE_KBPS + "k.mp4");
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            return file;
        }
        Files.createDirectories(dir);
        Path part = dir.resolve("test-pattern.part.mp4");
        Process encode = new ProcessBuilder(FfmpegHls.encodeTestPattern(ffmpeg, part, LENGTH, BITRATE_KBPS))
                .redirectErrorStream(true).redirectOutput(dir.resolve("test-pattern.log").toFile()).start();
        if (!encode.waitFor(2, TimeUnit.MINUTES) || encode.exitValue() != 0) {
            encode.destroyForcibly();
            throw new IOException("ffmpeg could not encode the test pattern; see " + dir.resolve("test-pattern.log"));
        }
        Files.move(part, file);
        return file;
    }
}
