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
 */
public record BulletinView(UUID id, String number, int version, UUID corrects, String jurisdiction,
                           String jurisdictionName, PeriodKind period, LocalDate from, LocalDate to, String title,
                           boolean scheduled, int named, Instant issuedAt, String issuedBy, String pdf,
                           String xlsx) {
}
