package org.hazwatch.platform.analysis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.alarm.AlarmTallies;
import org.hazwatch.platform.analysis.rules.ReportPeriod;
import org.hazwatch.platform.commitment.CommitmentTallies;
import org.hazwatch.platform.disposal.HandlingTallies;
import org.hazwatch.platform.filing.FiledHours;
import org.hazwatch.platform.inspection.ComplianceView;
import org.hazwatch.platform.inspection.Patrols;
import org.hazwatch.platform.inspection.RectificationTallies;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.quality.EnterpriseDayQuality;
import org.hazwatch.platform.quality.QualityScores;
import org.hazwatch.platform.registry.EnterprisePoints;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.telemetry.OnlineTallies;
import org.hazwatch.platform.warning.WarningSpans;
import org.springframework.stereotype.Component;

/** Reads one period's facts of a jurisdiction from the features that hold them: one bulk read per feature. */
@Component
class PeriodFactsReader {

    static final int TOP = 10;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PeriodFactsReader.class);

    private final Registry registry;
    private final OnlineTallies online;
    private final FiledHours filings;
    private final AlarmTallies alarms;
    private final WarningSpans warnings;
    private final HandlingTallies handling;
    private final CommitmentTallies commitments;
    private final RectificationTallies rectifications;
    private final QualityScores quality;
    private final Patrols patrols;
    private final ZoneId zone;
    private final Clock clock;

    PeriodFactsReader(Registry registry, OnlineTallies online, FiledHours filings, AlarmTallies alarms,
                      WarningSpans warnings, HandlingTallies handling, CommitmentTallies commitments,
                      RectificationTallies rectifications, QualityScores quality, Patrols patrols,
                      HazwatchProperties hazwatch, Clock clock) {
        this.registry = registry;
        this.online = online;
        this.filings = filings;
        this.alarms = alarms;
        this.warnings = warnings;
        this.handling = handling;
        this.commitments = commitments;
        this.rectifications = rectifications;
        this.quality = quality;
        this.patrols = patrols;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    PeriodFacts read(Jurisdiction node, ReportPeriod period) {
        JurisdictionScope scope = JurisdictionScope.everything().under(node.path());
        Instant now = clock.instant();
        Instant start = period.from().atStartOfDay(zone).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        Instant elapsedEnd = now.isBefore(end) ? (now.isBefore(start) ? start : now) : end;
        int daysDue = period.daysEndedBy(today());
        LocalDate lastDue = period.from().plusDays(daysDue - 1L);
        Timed t = new Timed();
        List<EnterprisePoints> enterprises = t.of("registry", () -> registry.enterprisePoints(scope));
        List<String> codes = enterprises.stream().map(EnterprisePoints::code).toList();
        PeriodFacts facts = new PeriodFacts(period, start, end, elapsedEnd, daysDue, enterprises,
                t.of("online", () -> online.onlineHours(codes, start, elapsedEnd)),
                t.of("filings", () -> filings.wholeEnterprise(scope, start, elapsedEnd)),
                t.of("alarms", () -> alarms.perEnterpriseDay(scope, start, end)),
                t.of("top points", () -> alarms.topPoints(scope, start, end, TOP)),
                t.of("warnings", () -> warnings.overlapping(scope, start, end)),
                t.of("handling", () -> byCode(handling.perEnterprise(scope, start, end),
                        HandlingTallies.EnterpriseHandling::enterpriseCode)),
                daysDue == 0 ? Map.of() : t.of("commitments", () -> byCode(commitments.perEnterprise(scope,
                        period.from(), lastDue), CommitmentTallies.EnterpriseCommitments::enterpriseCode)),
                t.of("rectifications", () -> byCode(rectifications.perEnterprise(scope, start, end, now),
                        RectificationTallies.EnterpriseRectifications::enterpriseCode)),
                t.of("quality", () -> qualityMeans(quality.days(scope, period.from(), period.to()))),
                t.of("patrols", () -> patrol(node, period.from(), daysDue)));
        log.debug("facts of {} {}..{} ({} enterprises): {}", node.code(), period.from(), period.to(),
                enterprises.size(), t);
        return facts;
    }

    /** How long each read took, for the debug log (the scale of a city's month is a requirement). */
    private static final class Timed {

        private final StringBuilder spent = new StringBuilder();

        <T> T of(String what, java.util.function.Supplier<T> read) {
            long start = System.nanoTime();
            T value = read.get();
            spent.append(what).append(' ').append((System.nanoTime() - start) / 1_000_000).append(" ms; ");
            return value;
        }

        @Override
        public String toString() {
            return spent.toString();
        }
    }

    private static <T> Map<String, T> byCode(List<T> rows, Function<T, String> code) {
        return rows.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a));
    }

    private static Map<String, Double> qualityMeans(List<EnterpriseDayQuality> days) {
        return days.stream().collect(Collectors.groupingBy(EnterpriseDayQuality::enterpriseCode,
                Collectors.averagingDouble(EnterpriseDayQuality::score)));
    }

    /** The node's compliance on each day due, summed, with the rounds missed ({@code code/ROUND} in the view). */
    private PeriodFacts.PatrolFigures patrol(Jurisdiction node, LocalDate from, int days) {
        int due = 0;
        int done = 0;
        List<PeriodFacts.MissedRound> missed = new ArrayList<>();
        Map<String, int[]> subs = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            ComplianceView c = patrols.compliance(Actor.system(), node.code(), day);
            due += c.roundsDue();
            done += c.roundsDone();
            for (String m : c.missed()) {
                int slash = m.indexOf('/');
                missed.add(new PeriodFacts.MissedRound(m.substring(0, slash), day,
                        PatrolRound.valueOf(m.substring(slash + 1).strip())));
            }
            for (ComplianceView s : c.subordinates()) {
                int[] sum = subs.computeIfAbsent(s.jurisdiction(), k -> new int[2]);
                sum[0] += s.roundsDue();
                sum[1] += s.roundsDone();
                names.put(s.jurisdiction(), s.name());
            }
        }
        List<PeriodFacts.SubordinatePatrol> subordinates = new ArrayList<>();
        subs.forEach((code, sum) -> subordinates.add(new PeriodFacts.SubordinatePatrol(code, names.get(code), sum[0],
                sum[1])));
        return new PeriodFacts.PatrolFigures(due, done, missed, subordinates);
    }
}
