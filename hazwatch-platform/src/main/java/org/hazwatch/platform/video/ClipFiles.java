package org.hazwatch.platform.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.stereotype.Component;

/**
 * Event clips on disk: {@code <data-dir>/video/clips/<enterprise>/<clip>/}, the gateway's segments and the VOD
 * playlist naming them. Written aside and moved in, so a reader never sees half a file.
 */
@Component
class ClipFiles {

    private final Path root;

    ClipFiles(HazwatchProperties hazwatch) {
        this.root = hazwatch.dataDir().resolve("video").resolve("clips");
    }

    /** Stores one file of the clip; the clip's bytes on disk after it. */
    long store(String enterprise, UUID clip, String file, byte[] content) {
        try {
            Path dir = Files.createDirectories(dir(enterprise, clip));
            Path part = Files.createTempFile(dir, ".upload-", ".part");
            Files.write(part, content);
            Files.move(part, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return size(enterprise, clip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Path> file(String enterprise, UUID clip, String file) {
        Path path = dir(enterprise, clip).resolve(file);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** The bytes of the clip's files. */
    long size(String enterprise, UUID clip) {
        Path dir = dir(enterprise, clip);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(ClipFiles::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the clip's files. */
    void delete(String enterprise, UUID clip) {
        Path dir = dir(enterprise, clip);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // still being read; the retention job takes it next time
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path dir(String enterprise, UUID clip) {
        return root.resolve(enterprise).resolve(clip.toString());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
