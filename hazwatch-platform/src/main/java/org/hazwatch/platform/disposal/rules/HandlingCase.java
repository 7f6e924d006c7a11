package org.hazwatch.platform.disposal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * The handling of one warning (处置, SPEC §7): pushed → signed for → feedback → verified (red, orange) → closed.
 * Immutable; every step answers the case after it or throws {@link HandlingRefused} with a zh-CN reason.
 *
 * <p>The case keeps the highest level its warning reached: an upgrade tightens the open step's deadline to the new
 * level's, counted from the upgrade (never loosening it), and reopens a closed case; a downgrade loosens nothing.
 * A step done exactly at its deadline is on time; the ladder starts once the deadline has passed.
 *
 * @param deadline          the open step's deadline; null when closed
 * @param rungsTaken        rungs of the open step's ladder already escalated
 * @param followUpDeadline  the deadline of the standing follow-up order (督办), met by the feedback; null if none
 * @param followUpEscalated whether the missed follow-up was escalated
 * @param lifted            whether the warning was lifted (预警解除); handling goes on to closure all the same
 */
public record HandlingCase(WarningLevel level, CaseState state, Instant deadline, int rungsTaken,
                           Instant followUpDeadline, boolean followUpEscalated, boolean lifted) {

    /** The escalations that fell due and the case with them recorded. */
    public record Escalated(HandlingCase after, List<Escalation> escalations) {
    }

    public static HandlingCase pushed(WarningLevel level, Instant at, DeadlinePolicy policy) {
        return new HandlingCase(level, CaseState.PUSHED, policy.deadline(level, HandlingStep.SIGN_FOR, at), 0, null,
                false, false);
    }

    /** 签收, by the enterprise. */
    public HandlingCase signFor(Instant at, DeadlinePolicy policy) {
        refuseUnless(CaseState.PUSHED, state == CaseState.CLOSED ? "处置已闭环" : "该预警已签收");
        return opening(CaseState.SIGNED_FOR, policy.deadline(level, HandlingStep.FEEDBACK, at));
    }

    /** 处置反馈, by the enterprise: closes yellow and blue warnings, puts red and orange up for verification. */
    public HandlingCase feedback(Instant at, DeadlinePolicy policy) {
        refuseUnless(CaseState.SIGNED_FOR, switch (state) {
            case PUSHED -> "请先签收再反馈处置情况";
            case FED_BACK -> "已反馈，正在等待监管部门核查";
            default -> "处置已闭环";
        });
        HandlingCase after = level.major()
                ? opening(CaseState.FED_BACK, policy.deadline(level, HandlingStep.VERIFY, at))
                : opening(CaseState.CLOSED, null);
        return new HandlingCase(level, after.state, after.deadline, 0, null, false, lifted);
    }

    /** 核查, by the regulator: passed closes the case; rejected sends it back for a new feedback, with a new deadline. */
    public HandlingCase verify(boolean passed, Instant at, DeadlinePolicy policy) {
        if (!level.major()) {
            throw new HandlingRefused("只有红色、橙色预警需要监管部门核查");
        }
        refuseUnless(CaseState.FED_BACK, state == CaseState.CLOSED ? "处置已闭环" : "企业尚未反馈处置情况，无法核查");
        return passed ? opening(CaseState.CLOSED, null)
                : opening(CaseState.SIGNED_FOR, policy.deadline(level, HandlingStep.FEEDBACK, at));
    }

    /** 督办: the enterprise is to give its feedback by {@code orderDeadline}; a later order replaces an earlier one. */
    public HandlingCase followUp(Instant orderDeadline, Instant at) {
        if (!state.enterprisesTurn()) {
            throw new HandlingRefused(state == CaseState.CLOSED ? "处置已闭环，无需督办" : "企业已反馈，正在等待核查，无需督办");
        }
        if (!orderDeadline.isAfter(at)) {
            throw new IllegalArgumentException("a follow-up deadline lies ahead");
        }
        return new HandlingCase(level, state, deadline, rungsTaken, orderDeadline, false, lifted);
    }

    /** The warning moved to {@code to} at {@code at}. */
    public HandlingCase levelChanged(WarningLevel to, Instant at, DeadlinePolicy policy) {
        if (!to.above(level)) {
            return this;
        }
        if (state == CaseState.CLOSED) {
            HandlingCase reopened = pushed(to, at, policy);
            return new HandlingCase(to, reopened.state, reopened.deadline, 0, null, false, lifted);
        }
        Instant tightened = policy.deadline(to, state.openStep(), at);
        Instant d = tightened.isBefore(deadline) ? tightened : deadline;
        return new HandlingCase(to, state, d, rungsTaken, followUpDeadline, followUpEscalated, lifted);
    }

    /** The warning was lifted: a blue warning nobody signed for closes by itself (自动解除); any other goes on. */
    public HandlingCase lift() {
        if (autoClosesOnLift()) {
            return new HandlingCase(level, CaseState.CLOSED, null, 0, null, false, true);
        }
        return new HandlingCase(level, state, deadline, rungsTaken, followUpDeadline, followUpEscalated, true);
    }

    public boolean autoClosesOnLift() {
        return level == WarningLevel.BLUE && state == CaseState.PUSHED;
    }

    /** Every rung that fell due by {@code now} and was not yet escalated, oldest first; each rung once. */
    public Escalated escalate(Instant now, DeadlinePolicy policy) {
        List<Escalation> due = new ArrayList<>();
        int rungs = rungsTaken;
        HandlingStep step = state.openStep();
        if (step != null) {
            List<Recipient> ladder = policy.ladder(step);
            while (rungs < ladder.size() && now.isAfter(policy.rungDueAt(deadline, rungs))) {
                due.add(new Escalation(step, ladder.get(rungs), deadline, policy.rungDueAt(deadline, rungs)));
                rungs++;
            }
        }
        boolean followUpMissed = followUpOpen() && !followUpEscalated && now.isAfter(followUpDeadline);
        if (followUpMissed) {
            due.add(new Escalation(HandlingStep.FOLLOW_UP, Recipient.CITY, followUpDeadline, followUpDeadline));
        }
        due.sort((a, b) -> a.dueAt().compareTo(b.dueAt()));
        return new Escalated(new HandlingCase(level, state, deadline, rungs, followUpDeadline,
                followUpEscalated || followUpMissed, lifted), due);
    }

    /** When the next rung or the follow-up deadline falls due; null when nothing more can be escalated. */
    public Instant nextDueAt(DeadlinePolicy policy) {
        Instant next = null;
        HandlingStep step = state.openStep();
        if (step != null && rungsTaken < policy.ladder(step).size()) {
            next = policy.rungDueAt(deadline, rungsTaken);
        }
        if (followUpOpen() && !followUpEscalated && (next == null || followUpDeadline.isBefore(next))) {
            next = followUpDeadline;
        }
        return next;
    }

    /** Whether the open step's deadline or a follow-up deadline has passed (逾期). */
    public boolean overdue(Instant now) {
        return (deadline != null && now.isAfter(deadline)) || (followUpOpen() && now.isAfter(followUpDeadline));
    }

    /** How late a step done at {@code at} is; zero when on time. */
    public Duration lateBy(Instant at) {
        return deadline == null || !at.isAfter(deadline) ? Duration.ZERO : Duration.between(deadline, at);
    }

    private boolean followUpOpen() {
        return followUpDeadline != null && state.enterprisesTurn();
    }

    private HandlingCase opening(CaseState next, Instant nextDeadline) {
        return new HandlingCase(level, next, nextDeadline, 0, followUpDeadline, followUpEscalated, lifted);
    }

    private void refuseUnless(CaseState required, String reason) {
        if (state != required) {
            throw new HandlingRefused(reason);
        }
    }
}
