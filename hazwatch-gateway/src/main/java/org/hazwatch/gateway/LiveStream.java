package org.hazwatch.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hazwatch.protocol.LiveVideo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One camera streaming live (SPEC §11): ffmpeg writes HLS into a directory of its own; a thread watches the
 * playlist and uploads each new segment, then the playlist that names it, so the platform never lists a segment it
 * does not have. The platform answering 409 (nobody watches) or 403 ends the stream.
 */
final class LiveStream implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String camera;
    private final Path dir;
    private final Process ffmpeg;
    private final SegmentUploads uploads;
    private final Consumer<String> ended;
    private final Thread uploader;
    private final Set<String> uploaded = new LinkedHashSet<>();
    private volatile boolean running = true;
    private volatile long segmentsUploaded;
    private String lastPlaylist = "";

    private LiveStream(String camera, Path dir, Process ffmpeg, SegmentUploads uploads, Consumer<String> ended) {
        this.camera = camera;
        this.dir = dir;
        this.ffmpeg = ffmpeg;
        this.uploads = uploads;
        this.ended = ended;
        this.uploader = new Thread(this::uploadLoop, "live-" + camera);
        this.uploader.setDaemon(true);
    }

    /** Starts ffmpeg for the camera and the upload of what it writes; {@code ended} hears when it stops by itself. */
    static LiveStream start(String camera, List<String> command, Path dir, SegmentUploads uploads,
                            Consumer<String> ended) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path file : old.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(camera + ".ffmpeg.log").toFile()).start();
        LiveStream stream = new LiveStream(camera, dir, ffmpeg, uploads, ended);
        stream.uploader.start();
        return stream;
    }

    String camera() {
        return camera;
    }

    boolean alive() {
        return running && ffmpeg.isAlive();
    }

    long segmentsUploaded() {
        return segmentsUploaded;
    }

    private void uploadLoop() {
        while (running) {
            try {
                if (!ffmpeg.isAlive()) {
                    log.warn("ffmpeg for camera {} ended with {}; see {}", camera, ffmpeg.exitValue(),
                            dir.resolveSibling(camera + ".ffmpeg.log"));
                    end();
                    return;
                }
                uploadNew();
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                log.debug("camera {}: upload failed, trying again: {}", camera, e.getMessage());
            }
        }
    }

    private void uploadNew() throws IOException, InterruptedException {
        String playlist;
        try {
            playlist = Files.readString(dir.resolve(LiveVideo.PLAYLIST), StandardCharsets.UTF_8);
        } catch (NoSuchFileException notYet) {
            return;
        }
        if (playlist.equals(lastPlaylist)) {
            return;
        }
        List<String> named = playlist.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        for (String segment : named) {
            if (!uploaded.contains(segment)) {
                byte[] content;
                try {
                    content = Files.readAllBytes(dir.resolve(segment));
                } catch (NoSuchFileException dropped) {
                    continue;
                }
                if (!accepted(uploads.put(camera, segment, content))) {
                    return;
                }
                uploaded.add(segment);
                segmentsUploaded++;
            }
        }
        if (accepted(uploads.put(camera, LiveVideo.PLAYLIST, playlist.getBytes(StandardCharsets.UTF_8)))) {
            lastPlaylist = playlist;
            uploaded.retainAll(named);
        }
    }

    private boolean accepted(int status) throws IOException {
        if (status / 100 == 2) {
            return true;
        }
        if (status == 409 || status == 403 || status == 401) {
            log.info("the platform refused camera {}'s upload ({}): stopping", camera, status);
            end();
            return false;
        }
        throw new IOException("upload of camera " + camera + ": " + status);
    }

    private void end() {
        running = false;
        ffmpeg.destroy();
        ended.accept(camera);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        uploader.interrupt();
        ffmpeg.destroy();
        if (!ffmpeg.waitFor(5, TimeUnit.SECONDS)) {
            ffmpeg.destroyForcibly();
        }
        uploader.join(5_000);
    }
}
