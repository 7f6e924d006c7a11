package org.hazwatch.platform.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hazwatch.platform.bulletin.rules.PeriodKind;

/**
 * An issued bulletin as the API and the archive show it (its documents are downloaded apart).
 *
 * @param corrects the bulletin this version corrects, or null for the first version
 * @param named    how many enterprises it names
 * @param origin   the platform that issued it when it was forwarded to this one (cascade, SPEC §12); null for own
 */
public record BulletinView(UUID id, String number, int version, UUID corrects, String jurisdiction,
                           String jurisdictionName, PeriodKind period, LocalDate from, LocalDate to, String title,
                           boolean scheduled, int named, Instant issuedAt, String issuedBy, String pdf,
                           String xlsx, String origin) {

    /** The bulletin as forwarded by another platform, marked with its code. */
    public BulletinView forwardedBy(String platform) {
        return new BulletinView(id, number, version, corrects, jurisdiction, jurisdictionName, period, from, to, title,
                scheduled, named, issuedAt, issuedBy, pdf, xlsx, platform);
    }
}
