package org.hazwatch.platform.notify.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text as the short_message octets of one or more SMPP submit_sm, in UCS-2 (data_coding 0x08, the only GSM
 * alphabet with Chinese): up to 70 characters fit one message; a longer text is cut into parts of 67 characters,
 * each behind a concatenation header (GSM 03.40 §9.2.3.24.1: UDH length 5, IEI 0x00, length 3, reference, total,
 * sequence) so the handset shows them as one message. A cut never splits a surrogate pair.
 */
public final class SmppSegments {

    /** Octets in one short_message. */
    public static final int MAX_OCTETS = 140;
    private static final int UDH_OCTETS = 6;
    private static final int MAX_PARTS = 255;

    private SmppSegments() {
    }

    /** The whole text in UCS-2 (UTF-16BE; characters outside the BMP as surrogate pairs). */
    public static byte[] ucs2(String text) {
        return text.getBytes(StandardCharsets.UTF_16BE);
    }

    /**
     * The short_message of each part; one part without a header when the text fits.
     *
     * @param reference the concatenation reference, the same for every part of one message (and, when the
     *                  message is sent again, the same again, so a handset can tell the parts belong together)
     */
    public static List<byte[]> split(String text, int reference) {
        if (ucs2(text).length <= MAX_OCTETS) {
            return List.of(ucs2(text));
        }
        List<String> pieces = pieces(text, (MAX_OCTETS - UDH_OCTETS) / 2);
        if (pieces.size() > MAX_PARTS) {
            throw new IllegalArgumentException("text needs " + pieces.size() + " parts, at most 255 fit");
        }
        List<byte[]> parts = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            byte[] body = ucs2(pieces.get(i));
            byte[] part = new byte[UDH_OCTETS + body.length];
            part[0] = 0x05;
            part[1] = 0x00;
            part[2] = 0x03;
            part[3] = (byte) reference;
            part[4] = (byte) pieces.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(body, 0, part, UDH_OCTETS, body.length);
            parts.add(part);
        }
        return parts;
    }

    private static List<String> pieces(String text, int maxUnits) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + maxUnits, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
