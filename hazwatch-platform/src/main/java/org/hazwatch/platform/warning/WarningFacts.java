package org.hazwatch.platform.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hazwatch.platform.alarm.AlarmInForce;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.commitment.CommitmentView;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.CustodyDuty;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.telemetry.LatestReading;
import org.hazwatch.platform.telemetry.LiveReadings;
import org.hazwatch.platform.video.Video;
import org.hazwatch.platform.warning.rules.AlarmFact;
import org.hazwatch.platform.warning.rules.CameraFact;
import org.hazwatch.platform.warning.rules.CustodyFact;
import org.hazwatch.platform.warning.rules.EnterpriseFacts;
import org.hazwatch.platform.warning.rules.SourceFacts;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.springframework.stereotype.Component;

/**
 * Gathers the facts of one enterprise for the model: the alarms in force the engine follows with the limits the
 * alarm engine applied, and what the other features say now — the registry (levels, points), live values, trends,
 * today's commitment, custody duties, filings, and the disposal feature's count of overdue warnings.
 */
@Component
class WarningFacts {

    private final TrendFeed trends;
    private final LiveReadings live;
    private final Commitments commitments;
    private final Custody custody;
    private final Filings filings;
    private final HandlingFacts handling;
    private final Alarms alarmFeature;
    private final Video video;

    WarningFacts(TrendFeed trends, LiveReadings live, Commitments commitments, Custody custody, Filings filings,
                 HandlingFacts handling, Alarms alarmFeature, Video video) {
        this.video = video;
        this.trends = trends;
        this.live = live;
        this.commitments = commitments;
        this.custody = custody;
        this.filings = filings;
        this.handling = handling;
        this.alarmFeature = alarmFeature;
    }

    EnterpriseFacts gather(WarningPoints.Plant plant, Collection<AlarmInForce> alarms, Instant now) {
        EnterpriseCode enterprise = EnterpriseCode.of(plant.enterpriseCode());
        String code = enterprise.code();
        List<CustodyDuty> overdue = custody.duties(code).stream().filter(CustodyDuty::overdue).toList();
        Map<String, List<PointDefinition>> pointsBySource = plant.points().values().stream()
                .filter(p -> p.hazardSourceCode() != null)
                .collect(Collectors.groupingBy(PointDefinition::hazardSourceCode));
        List<SourceFacts> sources = new ArrayList<>();
        for (HazardSourceView source : plant.sources()) {
            List<PointDefinition> points = pointsBySource.getOrDefault(source.code(), List.of());
            List<AlarmFact> alarmFacts = alarms.stream()
                    .filter(a -> a.pointCode() != null && a.pointCode().hazardSource().code().equals(source.code()))
                    .map(a -> alarm(plant, a)).toList();
            List<CustodyFact> custodyFacts = overdue.stream()
                    .filter(d -> source.code().equals(d.hazardSourceCode()))
                    .map(d -> new CustodyFact(d.role().label(), d.personName(), d.dueAt())).toList();
            sources.add(new SourceFacts(HazardSourceCode.of(source.code()), source.name(), source.level(), alarmFacts,
                    trends.predictions(points, now), custodyFacts));
        }
        Instant offlineSince = alarms.stream().filter(a -> a.kind() == AlarmKind.ENTERPRISE_OFFLINE)
                .map(AlarmInForce::since).findFirst()
                .filter(since -> !filings.coveredAt(code, null, now)).orElse(null);
        Commitments.TodaysCommitment today = commitments.todayOf(code);
        return new EnterpriseFacts(enterprise, plant.name(), sources, commitment(today), operations(today),
                offlineSince,
                handling.overdueWarnings(enterprise), camerasOffline(code, alarms, now));
    }

    /**
     * While a video-offline alarm is in force (the engine is touched when one is raised or cleared): the cameras
     * offline now that no filing covers.
     */
    private List<CameraFact> camerasOffline(String code, Collection<AlarmInForce> alarms, Instant now) {
        if (alarms.stream().noneMatch(a -> a.kind() == AlarmKind.VIDEO_OFFLINE)) {
            return List.of();
        }
        return video.cameras(code).stream().filter(c -> !c.online())
                .filter(c -> !filings.cameraCoveredAt(code, c.code(), now))
                .map(c -> new CameraFact(c.code(), c.name(), c.lastSeen() == null ? null : c.lastSeen().toInstant()))
                .toList();
    }

    private AlarmFact alarm(WarningPoints.Plant plant, AlarmInForce a) {
        Optional<PointDefinition> point = plant.point(a.pointCode().code());
        Double value = live.latest(a.pointCode().code()).map(LatestReading::value).orElse(null);
        Double limit = alarmFeature.limitsOf(a.pointCode().code()).of(a.severity());
        return new AlarmFact(a.pointCode(), point.map(PointDefinition::name).orElse("监测点"), a.pointCode().equipment(),
                a.kind(),
                a.severity(), a.since(), value, limit, point.map(PointDefinition::unit).orElse(null));
    }

    private static EnterpriseFacts.Commitment commitment(Commitments.TodaysCommitment today) {
        return switch (today.status()) {
            case ON_TIME -> EnterpriseFacts.Commitment.ON_TIME;
            case LATE -> EnterpriseFacts.Commitment.LATE;
            case MISSING -> EnterpriseFacts.Commitment.MISSING;
            case PENDING -> EnterpriseFacts.Commitment.PENDING;
        };
    }

    private static EnterpriseFacts.Operations operations(Commitments.TodaysCommitment today) {
        return today.current().map(CommitmentView::form).map(WarningFacts::operations).orElse(null);
    }

    private static EnterpriseFacts.Operations operations(CommitmentForm form) {
        CommitmentForm.SpecialOperations ops = form.operations() == null
                ? CommitmentForm.SpecialOperations.none() : form.operations();
        return new EnterpriseFacts.Operations(Boolean.TRUE.equals(form.startUpOrShutDown()), n(form.unitsInTrial()),
                n(ops.hotWorkSpecial()), n(ops.hotWorkGrade1()), n(ops.hotWorkGrade2()), n(ops.confinedSpace()));
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

}
