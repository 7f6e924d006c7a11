package org.hazwatch.platform.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Photos and documents people attach (patrol snapshots, rectification photos, filing attachments) and the snapshots of
 * video AI events: kept as files under {@code <data-dir>/attachments} or, configured so, in an S3-compatible bucket
 * ({@link StorageProperties}), named by the SHA-256 of their content (the same photo twice is one file), never in a
 * table row. A feature keeps the {@link Attachment} (id, type, size, name) in its own row and serves the file itself,
 * after its own jurisdiction check, with {@link #open(String)}.
 *
 * <p>Only what the content really is counts, not what the browser says: JPEG, PNG and PDF, recognised by their first
 * bytes, at most {@link #MAX_BYTES}; anything else is refused as bad input and nothing is kept.
 */
@Component
public class Attachments {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    private final StoredFiles files;

    @Autowired
    Attachments(StoredFiles files) {
        this.files = files;
    }

    Attachments(Path root) {
        this(new DiskFiles(root));
    }

    /** An attachment as a feature records it. */
    public record Attachment(String id, String contentType, long size, String name) {
    }

    /** A stored file's bytes and type. */
    public record Content(String contentType, byte[] bytes) {
    }

    /**
     * Keeps the bytes (once per content) and answers what was kept.
     *
     * @param field the form field named in the error
     * @param name  the file name the person chose (shown, never used as a path)
     */
    public Attachment store(String field, String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(field, "文件为空");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "文件超过 " + MAX_BYTES / 1024 / 1024 + " MiB");
        }
        String type = typeOf(bytes).orElseThrow(() -> InvalidInputException.of(field, "仅接受 JPEG、PNG 照片或 PDF 文件"));
        String id = sha256(bytes);
        files.keep(id, type, bytes);
        return new Attachment(id, type, bytes.length, name == null || name.isBlank() ? id.substring(0, 12) : name.strip());
    }

    /** Reads all of the stream (bounded by {@link #MAX_BYTES}) and {@linkplain #store stores} it. */
    public Attachment store(String field, String name, InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            return store(field, name, bytes);
        } catch (IOException e) {
            throw InvalidInputException.of(field, "文件读取失败");
        }
    }

    /** The stored file with this id, or empty for an id that is malformed or not stored. */
    public Optional<Content> open(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return files.read(id).map(bytes -> new Content(typeOf(bytes).orElse("application/octet-stream"), bytes));
    }

    static Optional<String> typeOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
