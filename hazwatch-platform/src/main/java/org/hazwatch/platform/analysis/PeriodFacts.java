package org.hazwatch.platform.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hazwatch.platform.alarm.AlarmTallies.EnterpriseDayAlarms;
import org.hazwatch.platform.alarm.AlarmTallies.PointAlarms;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.analysis.rules.Change;
import org.hazwatch.platform.analysis.rules.ReportPeriod;
import org.hazwatch.platform.commitment.CommitmentTallies.EnterpriseCommitments;
import org.hazwatch.platform.disposal.HandlingTallies.EnterpriseHandling;
import org.hazwatch.platform.inspection.RectificationTallies.EnterpriseRectifications;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.registry.EnterprisePoints;
import org.hazwatch.platform.warning.WarningSpans.WarningSpan;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * What the features hold of one period for one jurisdiction, read in bulk (one query per feature, grouped by
 * enterprise), and the sums the sections take from it over any set of its enterprises.
 *
 * @param start        the first instant of the period
 * @param end          the first instant after it
 * @param elapsedEnd   {@code end}, or now while the period runs: the time that could have been online
 * @param daysDue      days that have ended: commitments and patrol rounds are due on them
 * @param quality      per enterprise, its mean score over the days computed (absent: never computed)
 */
record PeriodFacts(ReportPeriod period, Instant start, Instant end, Instant elapsedEnd, int daysDue,
                   List<EnterprisePoints> enterprises, Map<String, Integer> onlineHours,
                   Map<String, Duration> filed, List<EnterpriseDayAlarms> alarms, List<PointAlarms> topPoints,
                   List<WarningSpan> warnings, Map<String, EnterpriseHandling> handling,
                   Map<String, EnterpriseCommitments> commitments, Map<String, EnterpriseRectifications> rectifications,
                   Map<String, Double> quality, PatrolFigures patrol) {

    /** Patrol compliance summed over the days due: rounds due and done, rounds missed, per subordinate. */
    record PatrolFigures(int roundsDue, int roundsDone, List<MissedRound> missed,
                         List<SubordinatePatrol> subordinates) {
    }

    /** A round a county or park missed (SPEC §9: named in the bulletin). */
    record MissedRound(String jurisdictionCode, LocalDate day, PatrolRound round) {
    }

    record SubordinatePatrol(String code, String name, int roundsDue, int roundsDone) {
    }

    /** Hours that could have been online, per enterprise. */
    long expectedHours() {
        return Math.max(0, Duration.between(start, elapsedEnd).toHours());
    }

    int online(String enterprise) {
        return onlineHours.getOrDefault(enterprise, 0);
    }

    /** Offline hours not covered by a filing of the whole enterprise. */
    long unexplainedOffline(String enterprise) {
        long filedHours = filed.getOrDefault(enterprise, Duration.ZERO).toHours();
        return Math.max(0, expectedHours() - online(enterprise) - filedHours);
    }

    /** Hours online / hours expected over the enterprises with points; null when none has points. */
    Double onlineRate(Collection<EnterprisePoints> of) {
        List<EnterprisePoints> connected = of.stream().filter(e -> !e.pointCodes().isEmpty()).toList();
        long online = connected.stream().mapToLong(e -> Math.min(expectedHours(), online(e.code()))).sum();
        return Change.rate(online, expectedHours() * connected.size());
    }

    int alarms(Collection<String> codes, Priority priority) {
        return alarms.stream().filter(a -> (priority == null || a.priority() == priority)
                && codes.contains(a.enterpriseCode())).mapToInt(EnterpriseDayAlarms::count).sum();
    }

    int alarmsOn(LocalDate day) {
        return alarms.stream().filter(a -> a.day().equals(day)).mapToInt(EnterpriseDayAlarms::count).sum();
    }

    /** Warnings raised in the period, of the level at their peak (null: every level). */
    List<WarningSpan> raised(WarningLevel level) {
        return warnings.stream().filter(w -> !w.raisedAt().isBefore(start) && w.raisedAt().isBefore(end)
                && (level == null || w.peakLevel() == level)).toList();
    }

    /** Whether the warning stood at some time of the day from {@code dayStart} to {@code dayEnd}. */
    static boolean stood(WarningSpan w, Instant dayStart, Instant dayEnd) {
        return w.raisedAt().isBefore(dayEnd) && (w.liftedAt() == null || !w.liftedAt().isBefore(dayStart));
    }

    /** On-time commitment days / days due, over the enterprises given; null when nothing is due. */
    Double commitmentRate(Collection<String> codes) {
        long onTime = codes.stream().map(commitments::get).filter(java.util.Objects::nonNull)
                .mapToLong(EnterpriseCommitments::daysOnTime).sum();
        return Change.rate(Math.min(onTime, (long) daysDue * codes.size()), (long) daysDue * codes.size());
    }

    /** The mean of the enterprises' scores that were computed; null when none was. */
    Double qualityMean(Collection<String> codes) {
        OptionalDouble mean = codes.stream().map(quality::get).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }
}
