package org.hazwatch.platform.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.inspection.rules.PatrolSchedule;
import org.hazwatch.platform.inspection.rules.PatrolSchedules;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.stereotype.Component;

/** Computes {@link ComplianceView}: the registry's enterprises against the day's records. */
@Component
class PatrolCompliance {

    private final PatrolUnits units;
    private final PatrolStore store;
    private final PatrolSchedules schedules;
    private final ZoneId zone;

    PatrolCompliance(PatrolUnits units, PatrolStore store, PatrolSettings settings, HazwatchProperties hazwatch) {
        this.units = units;
        this.store = store;
        this.zone = hazwatch.zone();
        this.schedules = settings.schedules(zone);
    }

    /** The defaults (the zone's day of an instant is the same everywhere). */
    PatrolSchedule schedule() {
        return schedules.defaults();
    }

    /** The schedule in force on a path (a node's or an enterprise's): its deadlines and shares. */
    PatrolSchedule schedule(String path) {
        return schedules.forPath(path);
    }

    PatrolSchedules.InForce inForce(String path) {
        return schedules.inForce(path);
    }

    /** The period of a spot-check list: the day for a city, the week (Monday to Sunday) for a province. */
    static LocalDate[] period(JurisdictionLevel level, LocalDate day) {
        if (level == JurisdictionLevel.PROVINCE) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        return new LocalDate[] {day, day};
    }

    /** The node's figures with its subordinates one level down. */
    ComplianceView of(Jurisdiction node, LocalDate day) {
        List<RegisteredEnterprise> enterprises = units.enterprises(node.code());
        LocalDate[] period = period(node.level(), day);
        List<PatrolStore.Done> records = store.done(node.path(), period[0].isBefore(day) ? period[0] : day, day);
        List<PatrolStore.Done> ofDay = records;
        if (period[0].isBefore(day)) {
            ofDay = store.done(node.path(), day, day);
        }
        List<String> missed = store.misses(node.path(), day);
        return figures(node, day, enterprises, ofDay, records, missed, true);
    }

    private ComplianceView figures(Jurisdiction node, LocalDate day, List<RegisteredEnterprise> all,
                                   List<PatrolStore.Done> ofDay, List<PatrolStore.Done> ofPeriod, List<String> missed,
                                   boolean withSubordinates) {
        List<RegisteredEnterprise> mine = all.stream().filter(e -> e.jurisdictionPath().startsWith(node.path()))
                .toList();
        Set<String> codes = mine.stream().map(RegisteredEnterprise::code).collect(Collectors.toSet());
        List<PatrolStore.Done> patrols = ofDay.stream().filter(d -> "PATROL".equals(d.kind())
                && codes.contains(d.enterpriseCode())).toList();
        int patrolled = (int) patrols.stream().map(PatrolStore.Done::enterpriseCode).distinct().count();
        List<String> missedHere = missed.stream().filter(m -> m.substring(m.indexOf(' ') + 1).startsWith(node.path()))
                .map(m -> m.substring(0, m.indexOf(' '))).toList();
        ComplianceView.SpotCheckFigure spot = null;
        List<ComplianceView.RoundFigure> rounds = new ArrayList<>();
        List<ComplianceView> subordinates = new ArrayList<>();
        int roundsDone = 0;
        int roundsDue = 0;
        PatrolSchedule schedule = schedule(node.path());
        if (PatrolUnits.patrols(node.level())) {
            for (PatrolRound round : PatrolRound.values()) {
                int done = (int) patrols.stream().filter(d -> d.round() == round)
                        .map(PatrolStore.Done::enterpriseCode).distinct().count();
                boolean complete = !mine.isEmpty() && done >= mine.size();
                rounds.add(new ComplianceView.RoundFigure(round, mine.size(), done, complete,
                        schedule.deadline(day, round).atZone(zone).toOffsetDateTime()));
                roundsDone += complete ? 1 : 0;
                roundsDue += mine.isEmpty() ? 0 : 1;
            }
        }
        if (!PatrolUnits.patrols(node.level()) || withSubordinates) {
            for (Jurisdiction sub : units.subordinates(node)) {
                ComplianceView s = figures(sub, day, mine, ofDay, ofPeriod, missed, false);
                if (!PatrolUnits.patrols(node.level())) {
                    roundsDone += s.roundsDone();
                    roundsDue += s.roundsDue();
                }
                if (withSubordinates) {
                    subordinates.add(s);
                }
            }
        }
        if (!PatrolUnits.patrols(node.level())) {
            for (PatrolRound round : PatrolRound.values()) {
                int due = 0;
                int done = 0;
                boolean complete = true;
                for (Jurisdiction sub : units.subordinates(node)) {
                    // counties' own rounds, summed (computed again cheaply from the lists in memory)
                    ComplianceView s = subordinates.stream().filter(v -> v.jurisdiction().equals(sub.code()))
                            .findFirst().orElseGet(() -> figures(sub, day, mine, ofDay, ofPeriod, missed, false));
                    for (ComplianceView.RoundFigure f : s.rounds()) {
                        if (f.round() == round) {
                            due += f.due();
                            done += f.patrolled();
                            complete &= f.due() == 0 || f.complete();
                        }
                    }
                }
                rounds.add(new ComplianceView.RoundFigure(round, due, done, due > 0 && complete,
                        schedule.deadline(day, round).atZone(zone).toOffsetDateTime()));
            }
            spot = spotChecks(node, day, ofPeriod);
        }
        return new ComplianceView(node.code(), node.name(), node.level(), day, mine.size(), patrolled, roundsDone,
                roundsDue, rounds, missedHere, spot, subordinates);
    }

    private ComplianceView.SpotCheckFigure spotChecks(Jurisdiction node, LocalDate day, List<PatrolStore.Done> done) {
        if (node.level() != JurisdictionLevel.CITY && node.level() != JurisdictionLevel.PROVINCE) {
            return null;
        }
        LocalDate[] period = period(node.level(), day);
        List<PatrolStore.Listed> listed = store.spotChecks(node.code(), period[0]);
        Set<String> checked = new HashSet<>();
        done.stream().filter(d -> "SPOT_CHECK".equals(d.kind()) && node.code().equals(d.byJurisdiction()))
                .forEach(d -> checked.add(d.enterpriseCode()));
        int hits = (int) listed.stream().filter(l -> checked.contains(l.enterpriseCode())).count();
        return new ComplianceView.SpotCheckFigure(period[0], period[1], listed.size(), hits);
    }
}
