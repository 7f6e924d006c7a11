package org.hazwatch.platform.inspection.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The problems of a patrol record as sent, each with its field, so a bad record is refused whole. */
public final class PatrolChecks {

    public static final int NOTE_MAX = 2000;

    private PatrolChecks() {
    }

    /** A problem of a field, in the API's words. */
    public record Issue(String field, String reason) {
    }

    /**
     * @param spotCheck a city's or province's spot check: no round
     */
    public static List<Issue> problems(String enterpriseCode, PatrolRound round, boolean spotCheck,
                                       List<PatrolEntry> items, String note) {
        List<Issue> issues = new ArrayList<>();
        if (enterpriseCode == null || enterpriseCode.isBlank()) {
            issues.add(new Issue("enterpriseCode", "required"));
        }
        if (spotCheck && round != null) {
            issues.add(new Issue("round", "a spot check by a city or province has no round"));
        }
        if (items == null || items.isEmpty()) {
            issues.add(new Issue("items", "at least one item"));
            return issues;
        }
        Set<PatrolItem> seen = EnumSet.noneOf(PatrolItem.class);
        for (int i = 0; i < items.size(); i++) {
            PatrolEntry e = items.get(i);
            if (e == null || e.item() == null) {
                issues.add(new Issue("items[" + i + "].item", "one of " + List.of(PatrolItem.values())));
                continue;
            }
            if (!seen.add(e.item())) {
                issues.add(new Issue("items[" + i + "].item", "given twice"));
            }
            if (e.result() == null) {
                issues.add(new Issue("items[" + i + "].result", "one of NORMAL, ABNORMAL, NOT_CHECKABLE"));
            }
            if (e.note() != null && e.note().length() > NOTE_MAX) {
                issues.add(new Issue("items[" + i + "].note", "at most " + NOTE_MAX + " characters"));
            }
        }
        if (note != null && note.length() > NOTE_MAX) {
            issues.add(new Issue("note", "at most " + NOTE_MAX + " characters"));
        }
        return issues;
    }
}
