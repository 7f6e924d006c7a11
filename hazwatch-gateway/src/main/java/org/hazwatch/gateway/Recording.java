package org.hazwatch.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One camera's rolling recording on the gateway's own disk (event clips, SPEC §11): ffmpeg keeps the last few
 * minutes as HLS segments with their wall-clock starts. Nothing of it is uploaded unless the platform orders a clip.
 */
final class Recording implements AutoCloseable {

    private final String camera;
    private final Path dir;
    private final Process ffmpeg;

    private Recording(String camera, Path dir, Process ffmpeg) {
        this.camera = camera;
        this.dir = dir;
        this.ffmpeg = ffmpeg;
    }

    /** Starts recording into {@code dir}, emptied first: what an earlier run left has no trustworthy times. */
    static Recording start(String camera, List<String> command, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path file : old.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(camera + ".record.log").toFile()).start();
        return new Recording(camera, dir, ffmpeg);
    }

    boolean alive() {
        return ffmpeg.isAlive();
    }

    String camera() {
        return camera;
    }

    /** The segments recorded now, oldest first. */
    List<ClipCut.Segment> segments() throws IOException {
        try {
            return ClipCut.segments(Files.readString(dir.resolve(FfmpegHls.RECORDING), StandardCharsets.UTF_8));
        } catch (NoSuchFileException notYet) {
            return List.of();
        }
    }

    /** A recorded segment's bytes, unless ffmpeg deleted it meanwhile. */
    Optional<byte[]> read(String file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(dir.resolve(file)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws InterruptedException {
        ffmpeg.destroy();
        if (!ffmpeg.waitFor(5, TimeUnit.SECONDS)) {
            ffmpeg.destroyForcibly();
        }
    }
}
