package org.hazwatch.platform.bulletin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bulletin (通报) was issued: the notify feature sends it to the regulators of the nodes beneath the issuer (feed,
 * e-mail with the PDF attached, robots with the link) and to each named enterprise its own paragraph.
 *
 * @param pdfAttachment the PDF in the attachments store ({@code support.Attachments}), or null when too large to mail
 * @param link          where the PDF is downloaded (the configured public address and the API path)
 */
public record BulletinIssued(UUID id, String number, int version, String title, String jurisdictionCode,
                             String jurisdictionName, String jurisdictionPath, List<Addressee> subordinates,
                             List<Named> named, String pdfAttachment, String pdfFileName, String link, Instant at) {

    public BulletinIssued {
        subordinates = List.copyOf(subordinates);
        named = List.copyOf(named);
    }

    /** A jurisdiction node beneath the issuer. */
    public record Addressee(String code, String name, String path) {
    }

    /** A named enterprise and the paragraph about it, which is all it is sent. */
    public record Named(String enterpriseCode, String name, String paragraph) {
    }
}
