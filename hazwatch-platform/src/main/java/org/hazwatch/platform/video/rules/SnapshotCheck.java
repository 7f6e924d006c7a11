package org.hazwatch.platform.video.rules;

import java.util.Base64;
import java.util.Optional;

/**
 * What an event's snapshot must be before anything of it is kept (SPEC §10): base64 of a JPEG — recognised by its
 * bytes (SOI marker {@code FF D8 FF}, EOI {@code FF D9} at the end), not by what the sender says — of at most
 * {@link #MAX_BYTES}. Whether it really decodes is the adapter's check (an image decoder is no plain rule).
 */
public final class SnapshotCheck {

    public static final int MAX_BYTES = 1024 * 1024;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The decoded bytes, or why they are refused. */
    public sealed interface Outcome permits Jpeg, Refused {
    }

    public record Jpeg(byte[] bytes) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    private SnapshotCheck() {
    }

    public static Outcome check(String base64) {
        if (base64 == null || base64.isBlank()) {
            return new Refused("a snapshot (base64 JPEG) is required");
        }
        // base64 of MAX_BYTES is at most 4/3 of it (plus line breaks a MIME encoder may add)
        if (base64.length() > MAX_BYTES / 3 * 4 + 8 + base64.length() / 76 * 2) {
            return new Refused("the snapshot is over " + MAX_BYTES / 1024 + " KiB");
        }
        byte[] bytes;
        try {
            // strict: only line breaks and spaces (as a MIME encoder adds) are let through, nothing else
            bytes = Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll(""));
        } catch (IllegalArgumentException e) {
            return new Refused("the snapshot is not base64: " + e.getMessage());
        }
        return check(bytes).<Outcome>map(Refused::new).orElseGet(() -> new Jpeg(bytes));
    }

    /** Why the bytes are no acceptable JPEG, or empty when they look like one. */
    public static Optional<String> check(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of("the snapshot is empty");
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of("the snapshot is over " + MAX_BYTES / 1024 + " KiB (" + bytes.length + " bytes)");
        }
        if (bytes.length < 4 || (bytes[0] & 0xff) != 0xFF || (bytes[1] & 0xff) != 0xD8 || (bytes[2] & 0xff) != 0xFF) {
            return Optional.of("the snapshot is not a JPEG (its bytes do not begin with a JPEG marker)");
        }
        if (!endsWithEoi(bytes)) {
            return Optional.of("the snapshot is not a whole JPEG (no end-of-image marker)");
        }
        return Optional.empty();
    }

    /** The EOI marker, allowing a little padding after it (some encoders add zero bytes). */
    private static boolean endsWithEoi(byte[] bytes) {
        for (int i = bytes.length - 2; i >= Math.max(0, bytes.length - 34); i--) {
            if ((bytes[i] & 0xff) == 0xFF && (bytes[i + 1] & 0xff) == 0xD9) {
                return true;
            }
        }
        return false;
    }
}
