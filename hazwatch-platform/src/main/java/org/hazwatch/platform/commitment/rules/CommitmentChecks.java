package org.hazwatch.platform.commitment.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.commitment.rules.CommitmentForm.SpecialOperations;

/** What makes a commitment complete and consistent (SPEC §8); every problem is reported, field by field. */
public final class CommitmentChecks {

    /** A field and why it is wrong. */
    public record FieldProblem(String field, String reason) {
    }

    private CommitmentChecks() {
    }

    public static List<FieldProblem> problems(CommitmentForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form == null) {
            return List.of(new FieldProblem("", "a commitment is required"));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("unitsTotal", form.unitsTotal());
        counts.put("unitsRunning", form.unitsRunning());
        counts.put("unitsStopped", form.unitsStopped());
        counts.put("unitsUnderMaintenance", form.unitsUnderMaintenance());
        counts.put("unitsInTrial", form.unitsInTrial());
        counts.put("contractorsOnSite", form.contractorsOnSite());
        operations(form.operations(), counts, problems);
        counts.forEach((field, value) -> count(field, value, problems));
        if (problems.isEmpty()) {
            int sum = form.unitsRunning() + form.unitsStopped() + form.unitsUnderMaintenance();
            if (sum != form.unitsTotal()) {
                problems.add(new FieldProblem("unitsTotal", "running + stopped + under maintenance is " + sum
                        + ", not the total " + form.unitsTotal()));
            }
            if (form.unitsInTrial() > form.unitsRunning()) {
                problems.add(new FieldProblem("unitsInTrial", "units in trial production are running units"));
            }
        }
        required("startUpOrShutDown", form.startUpOrShutDown(), problems);
        required("hazardSourcesSafe", form.hazardSourcesSafe(), problems);
        required("riskGrade", form.riskGrade(), problems);
        text("committedBy", form.committedBy(), problems);
        text("pledge", form.pledge(), problems);
        return problems;
    }

    private static void operations(SpecialOperations o, Map<String, Integer> counts, List<FieldProblem> problems) {
        if (o == null) {
            problems.add(new FieldProblem("operations", "the special operations of the day are required"));
            return;
        }
        counts.put("operations.hotWorkSpecial", o.hotWorkSpecial());
        counts.put("operations.hotWorkGrade1", o.hotWorkGrade1());
        counts.put("operations.hotWorkGrade2", o.hotWorkGrade2());
        counts.put("operations.confinedSpace", o.confinedSpace());
        counts.put("operations.workAtHeight", o.workAtHeight());
        counts.put("operations.lifting", o.lifting());
        counts.put("operations.temporaryPower", o.temporaryPower());
        counts.put("operations.excavation", o.excavation());
        counts.put("operations.roadClosure", o.roadClosure());
        counts.put("operations.blinding", o.blinding());
        counts.put("operations.maintenance", o.maintenance());
    }

    private static void count(String field, Integer value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "required"));
        } else if (value < 0) {
            problems.add(new FieldProblem(field, "must not be negative"));
        }
    }

    private static void required(String field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "required"));
        }
    }

    private static void text(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
        }
    }
}
