package org.hazwatch.platform.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.PatrolResult;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.support.Attachments.Attachment;

/**
 * A saved patrol or spot-check record (巡查/抽查记录).
 *
 * @param kind  {@code PATROL} (county, park) or {@code SPOT_CHECK} (city, province)
 * @param round  null for a spot check
 * @param origin the platform that made it when it was forwarded to this one (cascade, SPEC §12); null for own
 */
public record PatrolRecordView(UUID id, String enterpriseCode, String kind, PatrolRound round, LocalDate day,
                               List<RecordedItem> items, String note, List<Attachment> snapshots,
                               String recordedBy, Instant recordedAt, String origin) {

    /** The record as forwarded by another platform, marked with its code. */
    public PatrolRecordView forwardedBy(String platform) {
        return new PatrolRecordView(id, enterpriseCode, kind, round, day, items, note, snapshots, recordedBy,
                recordedAt, platform);
    }

    /** An item as recorded, with the evidence the platform showed when it was pre-filled. */
    public record RecordedItem(PatrolItem item, PatrolResult result, String note, String evidence) {
    }

    public List<RecordedItem> abnormal() {
        return items.stream().filter(i -> i.result() == PatrolResult.ABNORMAL).toList();
    }
}
