package org.hazwatch.platform.disposal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.disposal.rules.FeedbackForm;
import org.hazwatch.platform.disposal.rules.FeedbackPhoto;
import org.hazwatch.platform.disposal.rules.HandlingCase;
import org.hazwatch.platform.disposal.rules.HandlingStep;
import org.hazwatch.platform.disposal.rules.TimelineText;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.JurisdictionLevel;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.ForwardedCopies;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling (处置) and supervision (督办) of warnings, SPEC §7: the enterprise signs for a warning and reports its
 * handling; the regulator verifies red and orange ones and follows up (督办) those overdue. Every step is audited,
 * goes on the warning's timeline and is published as an event inside its transaction.
 */
@Service
@EntryClass
public class Disposals {

    /** Who may order a follow-up: the county and above, and parks, which supervise like a county. */
    private static final Set<JurisdictionLevel> FOLLOW_UP_LEVELS = EnumSet.of(JurisdictionLevel.COUNTY,
            JurisdictionLevel.PARK, JurisdictionLevel.CITY, JurisdictionLevel.PROVINCE);

    private final DisposalStore store;
    private final ObjectProvider<ForwardedCopies> forwarded;
    private final CaseParts parts;
    private final CaseReads reads;
    private final FeedbackChecks feedbackChecks;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Disposals(DisposalStore store, CaseParts parts, CaseReads reads, FeedbackChecks feedbackChecks,
              Jurisdictions jurisdictions, AuditLog audit, ApplicationEventPublisher events,
              ObjectProvider<ForwardedCopies> forwarded) {
        this.forwarded = forwarded;
        this.store = store;
        this.parts = parts;
        this.reads = reads;
        this.feedbackChecks = feedbackChecks;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.events = events;
    }

    /** 签收, by a user of the warning's enterprise. */
    @Transactional
    public DisposalView signFor(Actor actor, UUID warningId) {
        DisposalStore.Stored s = locked(actor, warningId);
        requireEnterpriseUser(actor, "只有本企业的用户可以签收");
        Instant now = parts.now();
        HandlingCase after = s.handling().signFor(now, parts.policy());
        Duration late = s.handling().lateBy(now);
        String who = parts.who(actor);
        store.addStep(warningId, now, "SIGNED_FOR", who, TimelineText.signedFor(who, late),
                Map.of("by", actor.username(), "lateSeconds", late.toSeconds()));
        parts.save(s, after, s.currentLevel(), now);
        audit.record(actor, "disposal.sign-for", "warning", warningId.toString(), s.jurisdictionPath(),
                s.enterpriseCode(), Map.of("late", !late.isZero()));
        events.publishEvent(new WarningSignedFor(warningId, EnterpriseCode.of(s.enterpriseCode()), s.jurisdictionPath(),
                after.level(), actor.username(), !late.isZero(), now));
        return done(actor, s, now);
    }

    /** 处置反馈, by a user of the warning's enterprise, with up to five JPEG or PNG photos. */
    @Transactional
    public DisposalView feedback(Actor actor, UUID warningId, FeedbackRequest request) {
        DisposalStore.Stored s = locked(actor, warningId);
        requireEnterpriseUser(actor, "只有本企业的用户可以反馈处置情况");
        FeedbackChecks.Checked checked = feedbackChecks.check(request);
        FeedbackForm form = checked.form();
        List<FeedbackPhoto> accepted = checked.photos();
        Instant now = parts.now();
        HandlingCase after = s.handling().feedback(now, parts.policy());
        Duration late = s.handling().lateBy(now);
        String who = parts.who(actor);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("cause", form.cause().name());
        detail.put("measures", form.measures());
        detail.put("text", form.text() == null ? "" : form.text());
        detail.put("photos", accepted.size());
        long step = store.addStep(warningId, now, "FEEDBACK", who, TimelineText.feedback(who, form.cause(),
                form.measures(), form.text(), accepted.size(), late), detail);
        for (FeedbackPhoto p : accepted) {
            store.addPhoto(warningId, step, p.contentType(), p.data(), actor.username(), now);
        }
        parts.save(s, after, s.currentLevel(), now);
        audit.record(actor, "disposal.feedback", "warning", warningId.toString(), s.jurisdictionPath(),
                s.enterpriseCode(), detail);
        events.publishEvent(new FeedbackGiven(warningId, EnterpriseCode.of(s.enterpriseCode()), s.jurisdictionPath(),
                after.level(),
                form.cause(), actor.username(), after.state() == CaseState.FED_BACK ? after.deadline() : null, now));
        if (after.state() == CaseState.CLOSED) {
            close(s, after, "FEEDBACK", now);
        }
        return done(actor, s, now);
    }

    /** 核查, by a regulator over the enterprise (red and orange): passed closes, rejected sends back for feedback. */
    @Transactional
    public DisposalView verify(Actor actor, UUID warningId, Boolean passed, String comment) {
        DisposalStore.Stored s = locked(actor, warningId);
        requireRegulator(actor, "核查由监管部门进行");
        List<Problem> problems = new ArrayList<>();
        if (passed == null) {
            problems.add(new Problem("passed", "请选择核查是否通过"));
        } else if (!passed && (comment == null || comment.isBlank())) {
            problems.add(new Problem("comment", "核查不通过时请说明原因"));
        }
        if (comment != null && comment.length() > FeedbackForm.LONGEST_TEXT) {
            problems.add(new Problem("comment", "不超过 " + FeedbackForm.LONGEST_TEXT + " 字"));
        }
        refuseIf(problems);
        Instant now = parts.now();
        HandlingCase after = s.handling().verify(passed, now, parts.policy());
        String who = parts.who(actor);
        store.addStep(warningId, now, passed ? "VERIFIED" : "VERIFY_REJECTED", who,
                TimelineText.verified(who, passed, comment), Map.of("passed", passed,
                        "comment", comment == null ? "" : comment));
        parts.save(s, after, s.currentLevel(), now);
        audit.record(actor, "disposal.verify", "warning", warningId.toString(), s.jurisdictionPath(),
                s.enterpriseCode(), Map.of("passed", passed, "comment", comment == null ? "" : comment));
        if (after.state() == CaseState.CLOSED) {
            close(s, after, "VERIFIED", now);
        }
        return done(actor, s, now);
    }

    /** 督办, by a county (park) regulator or above: the enterprise is to give its feedback by {@code deadline}. */
    @Transactional
    public DisposalView followUp(Actor actor, UUID warningId, String instruction, Instant deadline) {
        DisposalStore.Stored s = locked(actor, warningId);
        boolean mayOrder = actor.isPlatformAdmin() || (actor.role() == Role.REGULATOR && jurisdictions
                .find(actor.jurisdictionCode()).filter(j -> FOLLOW_UP_LEVELS.contains(j.level())).isPresent());
        if (!mayOrder) {
            throw new AccessDeniedException("督办由县级及以上监管部门（或化工园区）下达");
        }
        Instant now = parts.now();
        List<Problem> problems = new ArrayList<>();
        if (instruction == null || instruction.isBlank()) {
            problems.add(new Problem("instruction", "请填写督办要求"));
        } else if (instruction.length() > FeedbackForm.LONGEST_TEXT) {
            problems.add(new Problem("instruction", "不超过 " + FeedbackForm.LONGEST_TEXT + " 字"));
        }
        if (deadline == null || !deadline.isAfter(now)) {
            problems.add(new Problem("deadline", "请给出晚于当前时间的办理期限"));
        }
        refuseIf(problems);
        HandlingCase after = s.handling().followUp(deadline, now);
        String who = parts.who(actor);
        store.addStep(warningId, now, "FOLLOW_UP", who, TimelineText.followUp(who, instruction, deadline, parts.zone()),
                Map.of("instruction", instruction, "deadline", deadline.toString(), "by", actor.username()));
        parts.save(s, after, s.currentLevel(), now);
        audit.record(actor, "disposal.follow-up", "warning", warningId.toString(), s.jurisdictionPath(),
                s.enterpriseCode(), Map.of("instruction", instruction, "deadline", deadline.toString()));
        events.publishEvent(new FollowUpOrdered(warningId, EnterpriseCode.of(s.enterpriseCode()),
                s.jurisdictionPath(), after.level(),
                actor.username(), instruction, deadline, now));
        return done(actor, s, now);
    }

    /**
     * The sign-for deadline (签收期限) of a warning pushed, or raised to {@code level}, at {@code at}: the one deadline
     * that messages about the warning may show. While the warning's case waits for sign-for, the case's own deadline
     * (with a rise to {@code level} applied as the case applies it, should the case not have seen it yet); otherwise
     * — no case yet, or signed for already — what the configured policy gives {@code level} from {@code at}.
     */
    public Instant signForDeadline(UUID warningId, WarningLevel level, Instant at) {
        Instant byPolicy = signForDeadline(level, at);
        return store.find(warningId).map(s -> s.handling().levelChanged(level, at, parts.policy()))
                .filter(c -> c.state() == CaseState.PUSHED).map(HandlingCase::deadline).orElse(byPolicy);
    }

    /** The configured sign-for deadline of a warning of {@code level} pushed at {@code pushedAt}. */
    public Instant signForDeadline(WarningLevel level, Instant pushedAt) {
        return parts.policy().deadline(level, HandlingStep.SIGN_FOR, pushedAt);
    }

    /** The handling of one warning the actor sees. */
    public DisposalView one(Actor actor, UUID warningId) {
        return reads.one(actor, warningId, parts.now());
    }

    /** The whole timeline of a warning, oldest first: its own events, every step, escalation and follow-up. */
    public List<TimelineEntry> timeline(Actor actor, UUID warningId) {
        return reads.timeline(actor, warningId);
    }

    /**
     * Cases the actor sees (an enterprise user: its own enterprise's), newest first, optionally of one enterprise,
     * one state, or only those overdue now.
     */
    public List<DisposalView> list(Actor actor, String enterpriseCode, CaseState state, boolean overdue, int limit) {
        return reads.list(actor, enterpriseCode, state, overdue, limit, parts.now());
    }

    private void close(DisposalStore.Stored s, HandlingCase after, String how, Instant now) {
        store.addStep(s.warningId(), now, "CLOSED", CaseParts.SYSTEM, TimelineText.closed(), Map.of("how", how));
        events.publishEvent(new DisposalClosed(s.warningId(), EnterpriseCode.of(s.enterpriseCode()),
                s.jurisdictionPath(),
                after.level(), how, now));
    }

    private DisposalView done(Actor actor, DisposalStore.Stored s, Instant now) {
        parts.reportOverdue(s.enterpriseCode(), now);
        return one(actor, s.warningId());
    }

    private DisposalStore.Stored locked(Actor actor, UUID warningId) {
        return store.lock(warningId).filter(s -> actor.sees(s.enterpriseCode(), s.jurisdictionPath()))
                .orElseThrow(() -> notHere(warningId));
    }

    /** Not found, or another platform's warning forwarded here (cascade): its handling is done there. */
    private RuntimeException notHere(UUID warningId) {
        ForwardedCopies cascade = forwarded.getIfAvailable();
        boolean theirs = cascade != null && (cascade.forwarded("WARNING", warningId.toString())
                || cascade.forwarded("HANDLING_STEP", warningId.toString()));
        return theirs ? new AccessDeniedException("a warning forwarded by another platform is handled there")
                : new NotFoundException("warning", warningId.toString());
    }

    private static void requireEnterpriseUser(Actor actor, String reason) {
        if (!actor.role().isEnterprise()) {
            throw new AccessDeniedException(reason);
        }
    }

    private static void requireRegulator(Actor actor, String reason) {
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException(reason);
        }
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
