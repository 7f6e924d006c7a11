package org.hazwatch.platform.registry.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;

/**
 * Where an enterprise sits in the jurisdiction tree: its county or town, its park, and the path of the most
 * specific of them (docs/DECISIONS.md "Jurisdiction scope").
 *
 * @param divisionCode the county or town; for an enterprise named only by its park, the county of its code
 */
public record EnterprisePlacement(String divisionCode, String parkCode, String jurisdictionPath) {

    /** The placement, or the reasons (keyed {@code jurisdiction} or {@code park}) it cannot be placed. */
    public sealed interface Outcome {
    }

    public record Placed(EnterprisePlacement placement) implements Outcome {
    }

    public record Refused(List<DocumentProblem> problems) implements Outcome {
    }

    /**
     * The enterprise code's first six digits must be the county it lies in (SPEC §2): the jurisdiction itself,
     * or the county above a town or park. A park under a city takes enterprises of any county of that city.
     *
     * @param registered whether the enterprise is registered already: its code names the county it was first
     *                   registered in, and a transfer or a change of the divisions (区划调整) moves it to another
     *                   county without a new code, so the code is checked against the county only the first time
     */
    public static Outcome place(String enterpriseCode, String jurisdictionCode, String parkCode,
                                Function<String, Optional<Jurisdiction>> tree, boolean registered) {
        List<DocumentProblem> problems = new ArrayList<>();
        Optional<Jurisdiction> node = tree.apply(jurisdictionCode);
        if (node.isEmpty()) {
            return refused("jurisdiction", "unknown jurisdiction " + jurisdictionCode);
        }
        Jurisdiction division = node.get();
        Jurisdiction park = null;
        if (division.level() == JurisdictionLevel.PARK) {
            park = division;
            if (parkCode != null && !parkCode.equals(division.code())) {
                problems.add(new DocumentProblem("park", "park " + parkCode + " differs from the jurisdiction "
                        + division.code() + ", which is a park"));
            }
        } else if (division.level() != JurisdictionLevel.COUNTY && division.level() != JurisdictionLevel.TOWN) {
            return refused("jurisdiction", "an enterprise belongs to a county, town or park, not to the "
                    + division.level().name().toLowerCase() + " " + division.code());
        } else if (parkCode != null) {
            park = tree.apply(parkCode).filter(p -> p.level() == JurisdictionLevel.PARK).orElse(null);
            if (park == null) {
                problems.add(new DocumentProblem("park", "unknown park " + parkCode));
            }
        }
        String county = enterpriseCode.substring(0, 6);
        if (!registered) {
            checkCounty(county, division, "jurisdiction", tree).ifPresent(problems::add);
        }
        if (!registered && park != null && park != division) {
            checkCounty(county, park, "park", tree).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        String divisionCode = division == park ? county : division.code();
        return new Placed(new EnterprisePlacement(divisionCode, park == null ? null : park.code(),
                park == null ? division.path() : park.path()));
    }

    private static Optional<DocumentProblem> checkCounty(String county, Jurisdiction node, String field,
                                                         Function<String, Optional<Jurisdiction>> tree) {
        List<String> onPath = Arrays.asList(node.path().split("/"));
        boolean countyOnPath = onPath.stream().map(tree).flatMap(Optional::stream)
                .anyMatch(j -> j.level() == JurisdictionLevel.COUNTY);
        boolean fits = countyOnPath ? onPath.contains(county)
                : tree.apply(county).filter(c -> c.level() == JurisdictionLevel.COUNTY)
                        .filter(c -> c.path().startsWith(node.path().substring(0, node.path().length()
                                - node.code().length() - 1)))
                        .isPresent();
        return fits ? Optional.empty() : Optional.of(new DocumentProblem(field, "the enterprise code begins with "
                + county + ", which is not the county of " + node.code() + " " + node.name()));
    }

    private static Outcome refused(String field, String reason) {
        return new Refused(List.of(new DocumentProblem(field, reason)));
    }
}
