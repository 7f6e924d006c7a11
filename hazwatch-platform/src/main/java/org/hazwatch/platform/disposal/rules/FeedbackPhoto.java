package org.hazwatch.platform.disposal.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * A photo sent with a feedback (现场照片). Only JPEG and PNG, recognised by their first bytes whatever the sender
 * claims; each at most {@code maxBytes}.
 */
public record FeedbackPhoto(String contentType, byte[] data) {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The photo, typed by its magic bytes, or the zh-CN reason it is refused. */
    public static Result of(byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            return new Result(Optional.empty(), "照片为空");
        }
        if (data.length > maxBytes) {
            return new Result(Optional.empty(), "照片超过 " + maxBytes / (1024 * 1024) + " MiB");
        }
        if (startsWith(data, JPEG)) {
            return new Result(Optional.of(new FeedbackPhoto("image/jpeg", data)), null);
        }
        if (startsWith(data, PNG)) {
            return new Result(Optional.of(new FeedbackPhoto("image/png", data)), null);
        }
        return new Result(Optional.empty(), "只接受 JPEG 或 PNG 照片");
    }

    /** @param problem null when the photo is accepted */
    public record Result(Optional<FeedbackPhoto> photo, String problem) {
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
