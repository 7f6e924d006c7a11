package org.hazwatch.platform.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.protocol.LiveVideo;
import org.springframework.stereotype.Component;

/**
 * The short live window of each streaming camera (SPEC §11), on disk under {@code <data-dir>/video/live/<camera>/}:
 * the newest playlist and the segments it names, plus those of the last {@code window} so a player a little behind
 * still finds its next segment. Files are written aside and moved in, so a reader never sees half a segment.
 */
@Component
class LiveWindow {

    private final Path root;
    private final LiveSettings settings;

    LiveWindow(HazwatchProperties hazwatch, LiveSettings settings) {
        this.root = hazwatch.dataDir().resolve("video").resolve("live");
        this.settings = settings;
    }

    /** Stores a segment or the playlist; storing the playlist drops the segments that fell out of the window. */
    void store(String camera, String file, byte[] content) {
        try {
            Path dir = Files.createDirectories(root.resolve(camera));
            Path part = Files.createTempFile(dir, ".upload-", ".part");
            Files.write(part, content);
            Files.move(part, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (LiveVideo.PLAYLIST.equals(file)) {
                prune(dir, named(new String(content, StandardCharsets.UTF_8)), modified(dir.resolve(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored file of the camera, if there is one. */
    Optional<Path> file(String camera, String file) {
        Path path = root.resolve(camera).resolve(file);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Drops the camera's window: it stopped streaming. */
    void clear(String camera) {
        Path dir = root.resolve(camera);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(LiveWindow::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cameras with a window on disk (the retention job looks for windows a stopped platform left behind). */
    java.util.List<String> cameras() {
        if (!Files.isDirectory(root)) {
            return java.util.List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ages are the file system's own times, compared with the playlist's just written: no clock is involved. */
    private void prune(Path dir, Set<String> named, Instant playlistWritten) throws IOException {
        Instant oldest = playlistWritten.minus(settings.window());
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".ts"))
                    .filter(f -> !named.contains(f.getFileName().toString()))
                    .filter(f -> modified(f).isBefore(oldest))
                    .forEach(LiveWindow::deleteQuietly);
        }
    }

    /** The segment names a playlist lists (its lines that are not tags). */
    static Set<String> named(String playlist) {
        return playlist.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toSet());
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // gone already or still being read; the next playlist prunes it
        }
    }
}
