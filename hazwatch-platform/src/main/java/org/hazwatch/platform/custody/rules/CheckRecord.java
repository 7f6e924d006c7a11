package org.hazwatch.platform.custody.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One custody check (包保履职记录) as it is recorded.
 *
 * @param checklist each item answered: true in order, false with a finding
 * @param photos    references of uploaded photos (file names or URLs)
 */
public record CheckRecord(String hazardSourceCode, CustodyRole role, Instant checkedAt,
                          Map<ChecklistItem, Boolean> checklist, String findings, List<String> photos) {

    public CheckRecord {
        checklist = checklist == null ? Map.of() : Map.copyOf(checklist);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
