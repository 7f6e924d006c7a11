package org.hazwatch.platform.custody.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a custody check needs: a hazard source, a role, a time not in the future, and for the operations person
 * every checklist item answered and a finding for every item not in order. */
public final class CustodyChecks {

    /** A field and why it is wrong. */
    public record FieldProblem(String field, String reason) {
    }

    private CustodyChecks() {
    }

    public static List<FieldProblem> problems(CheckRecord r, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.hazardSourceCode() == null || r.hazardSourceCode().isBlank()) {
            problems.add(new FieldProblem("hazardSourceCode", "required"));
        }
        if (r.role() == null) {
            problems.add(new FieldProblem("role", "MAIN, TECHNICAL or OPERATIONS"));
        }
        if (r.checkedAt() != null && r.checkedAt().isAfter(now)) {
            problems.add(new FieldProblem("checkedAt", "a check is recorded after it is made"));
        }
        if (r.role() == CustodyRole.OPERATIONS) {
            for (ChecklistItem item : ChecklistItem.values()) {
                if (!r.checklist().containsKey(item)) {
                    problems.add(new FieldProblem("checklist." + item.name(), "required"));
                }
            }
        }
        boolean anyNotInOrder = r.checklist().containsValue(Boolean.FALSE);
        if (anyNotInOrder && (r.findings() == null || r.findings().isBlank())) {
            problems.add(new FieldProblem("findings", "say what was found where an item is not in order"));
        }
        return problems;
    }
}
