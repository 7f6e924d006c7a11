package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hazwatch.platform.support.Attachments.Attachment;

/** A bulletin from outside (the ministry, the province) naming an enterprise, with its document if attached. */
public record OutsideBulletinView(UUID id, String enterpriseCode, String enterpriseName, String source,
                                  LocalDate publishedOn, String title, Attachment attachment, String recordedBy,
                                  Instant recordedAt) {
}
