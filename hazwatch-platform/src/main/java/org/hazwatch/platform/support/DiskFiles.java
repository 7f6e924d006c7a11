package org.hazwatch.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files under a directory ({@code <data-dir>/attachments}), in a sub-directory of the id's first two digits, written
 * to a {@code .part} file first and moved into place atomically (a backup never copies half a file).
 */
final class DiskFiles implements StoredFiles {

    private final Path root;

    DiskFiles(Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public void keep(String id, String contentType, byte[] bytes) {
        Path file = pathOf(id);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path partial = Files.createTempFile(file.getParent(), id, ".part");
                Files.write(partial, bytes);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + id + " not stored", e);
        }
    }

    @Override
    public Optional<byte[]> read(String id) {
        Path file = pathOf(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String where() {
        return root.toString();
    }

    private Path pathOf(String id) {
        return root.resolve(id.substring(0, 2)).resolve(id);
    }
}
