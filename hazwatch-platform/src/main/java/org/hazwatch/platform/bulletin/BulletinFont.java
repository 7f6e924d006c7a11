package org.hazwatch.platform.bulletin;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font bulletins embed: Noto Sans SC (OFL), which the build fetches from a package into the classpath
 * ({@code bulletin/fonts/}, see the platform's pom and docs/BULLETINS.md). Never a font of the machine: the PDF
 * and the charts look the same wherever they are made. Read once; the PDF embeds only the glyphs it uses.
 */
final class BulletinFont {

    static final String FAMILY = "Noto Sans SC";
    static final String RESOURCE = "/bulletin/fonts/NotoSansSC-Regular.ttf";

    private static volatile byte[] bytes;
    private static volatile Font awt;

    private BulletinFont() {
    }

    static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = BulletinFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bulletin font " + RESOURCE
                            + " is not on the classpath: the build fetches it (hazwatch-platform/pom.xml)");
                }
                b = in.readAllBytes();
                bytes = b;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b;
    }

    static Font awt() {
        Font f = awt;
        if (f == null) {
            try {
                f = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes()));
                awt = f;
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bulletin font cannot be read", e);
            }
        }
        return f;
    }
}
