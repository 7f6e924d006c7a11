package org.hazwatch.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.commitment.Commitments;
import org.hazwatch.platform.disposal.DisposalView;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.custody.Custody;
import org.hazwatch.platform.custody.CustodyDuty;
import org.hazwatch.platform.filing.FilingView;
import org.hazwatch.platform.filing.Filings;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingStatus;
import org.hazwatch.platform.inspection.rules.PatrolFacts;
import org.hazwatch.platform.inspection.rules.VideoFacts;
import org.hazwatch.platform.inspection.rules.WarningInHand;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.telemetry.EnterprisePresence;
import org.hazwatch.platform.telemetry.Telemetry;
import org.hazwatch.platform.video.Video;
import org.hazwatch.platform.warning.WarningView;
import org.hazwatch.platform.warning.Warnings;
import org.springframework.stereotype.Component;

/**
 * Gathers what the other features know of an enterprise now, through their entry classes (not scoped: the caller
 * checked the actor sees the enterprise), for the pre-filled items of a patrol.
 */
@Component
class PatrolFactsReader {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Telemetry telemetry;
    private final Filings filings;
    private final Commitments commitments;
    private final Warnings warnings;
    private final Alarms alarms;
    private final Custody custody;
    private final Disposals disposals;
    private final Video video;
    private final ZoneId zone;
    private final Clock clock;

    PatrolFactsReader(Telemetry telemetry, Filings filings, Commitments commitments, Warnings warnings, Alarms alarms,
                      Custody custody, Disposals disposals, Video video, HazwatchProperties hazwatch, Clock clock) {
        this.video = video;
        this.disposals = disposals;
        this.telemetry = telemetry;
        this.filings = filings;
        this.commitments = commitments;
        this.warnings = warnings;
        this.alarms = alarms;
        this.custody = custody;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    PatrolFacts of(String enterpriseCode) {
        Instant now = clock.instant();
        EnterprisePresence presence = telemetry.presence(enterpriseCode);
        List<FilingView> inForce = filings.inForce(enterpriseCode, now).stream()
                .filter(f -> f.status() != FilingStatus.WITHDRAWN).toList();
        List<String> filingLines = inForce.stream()
                .map(f -> f.type().label() + (f.scope() == FilingScope.CAMERAS ? "（摄像头）" : "") + " 至 "
                        + UNTIL.format(f.until().atZone(zone))).toList();
        List<String> wholeEnterprise = inForce.stream().filter(f -> f.scope() == FilingScope.ENTERPRISE)
                .map(f -> f.type().label() + " 至 " + UNTIL.format(f.until().atZone(zone))).toList();
        int queried = (int) inForce.stream().filter(f -> f.status() == FilingStatus.QUERIED).count();
        List<WarningInHand> inHand = warningsInHand(enterpriseCode);
        List<AlarmView> active = alarms.active(Actor.system(), enterpriseCode, 500);
        List<AlarmView> unacknowledged = active.stream().filter(a -> !a.acknowledged()).toList();
        Instant oldest = unacknowledged.stream().map(AlarmView::raisedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(t -> t.toInstant()).orElse(null);
        List<CustodyDuty> duties = custody.duties(enterpriseCode);
        List<String> overdue = duties.stream().filter(CustodyDuty::overdue)
                .map(d -> d.personName() + "（" + d.role().label() + "）").toList();
        return new PatrolFacts(presence.online(), presence.lastHeard(), filingLines, queried, video(enterpriseCode, now),
                commitments.todayOf(enterpriseCode).status(), inHand, active.size(), unacknowledged.size(), oldest,
                duties.size(), overdue, wholeEnterprise);
    }

    /** Its cameras now (each with whether a filing covers it) and the duty room's absences since midnight. */
    private VideoFacts video(String enterpriseCode, Instant now) {
        List<VideoFacts.Camera> cameras = video.cameras(enterpriseCode).stream()
                .map(c -> new VideoFacts.Camera(c.code(), c.name(), c.online(),
                        c.lastSeen() == null ? null : c.lastSeen().toInstant(),
                        !c.online() && filings.cameraCoveredAt(enterpriseCode, c.code(), now)))
                .toList();
        if (cameras.isEmpty()) {
            return VideoFacts.NONE;
        }
        Instant midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        List<VideoFacts.DutyAbsence> absences = video.dutyAbsences(enterpriseCode, midnight, now).stream()
                .map(a -> new VideoFacts.DutyAbsence(a.camera(), a.from(), a.until())).toList();
        return new VideoFacts(cameras, absences);
    }

    /**
     * The warnings whose handling is not closed (disposal's cases), and standing warnings without a case yet (not
     * signed for, then).
     */
    private List<WarningInHand> warningsInHand(String enterpriseCode) {
        List<WarningInHand> inHand = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (DisposalView c : disposals.list(Actor.system(), enterpriseCode, null, false, 200)) {
            if (c.state() == CaseState.CLOSED) {
                continue;
            }
            seen.add(c.warningId());
            inHand.add(new WarningInHand(c.currentLevel().colour(), c.raisedAt().toInstant(), c.signedForAt() != null,
                    c.overdue(), c.state().enterprisesTurn(), c.state().label()));
        }
        for (WarningView w : warnings.standing(enterpriseCode)) {
            if (seen.add(w.id())) {
                inHand.add(new WarningInHand(w.level().colour(), w.raisedAt().toInstant(), false, false, true,
                        CaseState.PUSHED.label()));
            }
        }
        return inHand;
    }
}
