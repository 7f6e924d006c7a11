package org.hazwatch.platform.custody;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;

/** A recorded custody check (包保履职记录). */
public record CheckView(UUID id, String enterpriseCode, String hazardSourceCode, CustodyRole role,
                        String personName, Instant checkedAt, Map<ChecklistItem, Boolean> checklist, String findings,
                        List<String> photos, String recordedBy, Instant recordedAt) {
}
