package org.hazwatch.platform.filing.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.hazwatch.protocol.PointCode;

/** What makes a filing well formed: a type, a scope with targets of the enterprise, a period, a reason. */
public final class FilingChecks {

    /** A field and why it is wrong. */
    public record FieldProblem(String field, String reason) {
    }

    private FilingChecks() {
    }

    /** @param longest the longest period one filing may cover (a longer outage is filed again) */
    public static List<FieldProblem> problems(String enterpriseCode, FilingRequest r, Duration longest) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.type() == null) {
            problems.add(new FieldProblem("type", "SHUTDOWN, MAINTENANCE, EQUIPMENT_FAILURE or NETWORK_OUTAGE"));
        }
        if (r.scope() == null) {
            problems.add(new FieldProblem("scope", "ENTERPRISE, HAZARD_SOURCES, POINTS or CAMERAS"));
        } else if (r.scope() == FilingScope.ENTERPRISE && !r.targets().isEmpty()) {
            problems.add(new FieldProblem("targets", "a filing for the whole enterprise names no targets"));
        } else if (r.scope() != FilingScope.ENTERPRISE) {
            targets(enterpriseCode, r, problems);
        }
        if (r.from() == null || r.until() == null) {
            problems.add(new FieldProblem(r.from() == null ? "from" : "until", "required"));
        } else if (!r.until().isAfter(r.from())) {
            problems.add(new FieldProblem("until", "the period must end after it begins"));
        } else if (Duration.between(r.from(), r.until()).compareTo(longest) > 0) {
            problems.add(new FieldProblem("until", "a filing covers at most " + longest.toDays() + " days"));
        }
        if (r.reason() == null || r.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "required"));
        }
        return problems;
    }

    private static void targets(String enterpriseCode, FilingRequest r, List<FieldProblem> problems) {
        boolean points = r.scope() == FilingScope.POINTS;
        boolean cameras = r.scope() == FilingScope.CAMERAS;
        if (r.targets().isEmpty()) {
            problems.add(new FieldProblem("targets", "name the " + (points ? "points" : cameras ? "cameras"
                    : "hazard sources") + " the filing covers"));
        }
        for (int i = 0; i < r.targets().size(); i++) {
            String code = r.targets().get(i);
            if (cameras) {
                // a camera's code begins with its enterprise's code (SPEC §11)
                if (code == null || code.length() <= enterpriseCode.length() || !code.startsWith(enterpriseCode)) {
                    problems.add(new FieldProblem("targets[" + i + "]", "not a camera code of " + enterpriseCode));
                }
                continue;
            }
            Optional<EnterpriseCode> owner = points ? PointCode.parse(code).map(PointCode::enterprise)
                    : HazardSourceCode.parse(code).map(HazardSourceCode::enterprise);
            if (!owner.map(EnterpriseCode::code).filter(enterpriseCode::equals).isPresent()) {
                problems.add(new FieldProblem("targets[" + i + "]", "not a " + (points ? "point" : "hazard source")
                        + " code of " + enterpriseCode));
            }
        }
    }
}
