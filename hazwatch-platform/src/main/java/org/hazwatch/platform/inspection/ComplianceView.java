package org.hazwatch.platform.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.org.JurisdictionLevel;

/**
 * The regulators' compliance of a jurisdiction on a day (SPEC §9): enterprises due and patrolled, rounds done; a
 * city's lists its counties, a province's its cities ({@code subordinates}, one level down).
 *
 * @param roundsDone  rounds completed (every due enterprise patrolled in the round); for a city or province, the sum
 *                    over its counties and parks
 * @param roundsDue   rounds due (two per county or park with enterprises)
 * @param missed      the rounds found missed at their deadline, as {@code code/ROUND}
 * @param spotChecks  for a city or province: its own spot-check list of the period and how many were checked
 */
public record ComplianceView(String jurisdiction, String name, JurisdictionLevel level, LocalDate day, int due,
                             int patrolled, int roundsDone, int roundsDue, List<RoundFigure> rounds,
                             List<String> missed, SpotCheckFigure spotChecks, List<ComplianceView> subordinates) {

    /** One round: enterprises patrolled in it of those due, and whether it is complete. */
    public record RoundFigure(PatrolRound round, int due, int patrolled, boolean complete, OffsetDateTime deadline) {
    }

    /** A city's (daily) or province's (weekly) spot checks: listed and done in the period. */
    public record SpotCheckFigure(LocalDate from, LocalDate to, int listed, int checked) {
    }

    /** The share of due enterprises patrolled, 0 to 1 (1 when none is due). */
    public double rate() {
        return due == 0 ? 1 : (double) patrolled / due;
    }
}
