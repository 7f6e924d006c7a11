package org.hazwatch.platform.video;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether a snapshot that looks like a JPEG ({@link org.hazwatch.platform.video.rules.SnapshotCheck}) really decodes:
 * the JDK's JPEG reader reads its size first — a small file declaring a huge picture is refused before any pixels
 * are allocated — and then the picture.
 */
final class SnapshotImages {

    /** 8 K × 8 K: more than any analysis camera sends. */
    static final long MAX_PIXELS = 8192L * 8192L;

    private SnapshotImages() {
    }

    /** Why the JPEG does not decode, or empty when it does. */
    static Optional<String> undecodable(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return Optional.of("the snapshot declares " + reader.getWidth(0) + "×" + reader.getHeight(0)
                            + " pixels; at most " + MAX_PIXELS + " are taken");
                }
                reader.read(0);
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("the snapshot is not a decodable JPEG: " + e.getMessage());
        }
    }
}
