package org.hazwatch.platform.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.PatrolEntry;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.PatrolResult;
import org.hazwatch.platform.inspection.rules.RectificationFlow;
import org.hazwatch.platform.inspection.rules.RectificationPolicies;
import org.hazwatch.platform.inspection.rules.RectificationPolicy;
import org.hazwatch.platform.inspection.rules.RectificationRefused;
import org.hazwatch.platform.inspection.rules.RectificationState;
import org.hazwatch.platform.inspection.rules.RectificationStep;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification orders (整改通知, SPEC §9): a regulator issues an order for a finding with a deadline (the item's
 * default unless given); the enterprise answers with measures and photos; the regulator accepts (闭环) or returns it.
 * Every step is audited and kept on the order's timeline. Each order records its finding; the same item found
 * abnormal too often flags the enterprise for enforcement ({@link EnforcementFlagged}). Overdue orders escalate once
 * ({@link RectificationOverdue}, by {@link #escalateOverdue}). Foreign orders are 404, as if they did not exist.
 */
@Service
@EntryClass
public class Rectifications {

    static final int MAX_TEXT = 2000;
    static final int MAX_PHOTOS = 6;

    private final RectificationStore store;
    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final Attachments attachments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final RectificationPolicies policies;
    private final ZoneId zone;
    private final Clock clock;
    private final ObjectProvider<ForwardedInspections> forwarded;

    Rectifications(RectificationStore store, Registry registry, Jurisdictions jurisdictions, Attachments attachments,
                   AuditLog audit, ApplicationEventPublisher events, RectificationSettings settings,
                   HazwatchProperties hazwatch, Clock clock, ObjectProvider<ForwardedInspections> forwarded) {
        this.forwarded = forwarded;
        this.store = store;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
        this.policies = settings.policies();
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    /** The policy in force for an enterprise the actor sees (deadlines, repeat rule), for forms that show it. */
    public RectificationPolicy policyOf(Actor actor, String enterpriseCode) {
        return policies.forPath(visible(actor, enterpriseCode).jurisdictionPath());
    }

    /** A regulator (or the admin) over the enterprise issues an order; audited, its finding recorded. */
    @Transactional
    public RectificationView issue(Actor actor, NewRectification order) {
        return issue(actor, UUID.randomUUID(), order, clock.instant());
    }

    /**
     * For the demo seed and imports of earlier paper ledgers: an order issued at {@code issuedAt} in the past, its
     * deadline (if given) after that time, not necessarily after now — so it may be overdue from the start.
     */
    @Transactional
    public RectificationView issueAsOf(Actor actor, NewRectification order, Instant issuedAt) {
        if (issuedAt.isAfter(clock.instant())) {
            throw InvalidInputException.of("issuedAt", "不能晚于当前时间");
        }
        return issue(actor, UUID.randomUUID(), order, issuedAt);
    }

    /**
     * An order the province issued and sent down (cascade, SPEC §12), kept with its id and time of issue, as issued
     * by {@code actor} ({@code 省级平台/<user>}); from here on the city follows it up as its own.
     */
    @Transactional
    public RectificationView takeOver(Actor actor, UUID id, NewRectification order, Instant issuedAt) {
        return issue(actor, id, order, issuedAt);
    }

    private RectificationView issue(Actor actor, UUID id, NewRectification order, Instant at) {
        regulator(actor);
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        if (order.enterpriseCode() == null || order.enterpriseCode().isBlank()) {
            throw InvalidInputException.of("enterpriseCode", "请选择企业");
        }
        RegisteredEnterprise enterprise = visible(actor, order.enterpriseCode());
        if (order.item() == null) {
            throw InvalidInputException.of("item", "请选择巡查事项");
        }
        String problem = text("problem", order.problem(), true);
        RectificationPolicy policy = policies.forPath(enterprise.jurisdictionPath());
        Instant deadline = order.deadline() != null ? order.deadline() : policy.deadlineFor(order.item(), now);
        if (!deadline.isAfter(now)) {
            throw InvalidInputException.of("deadline", "整改期限应晚于下达时间");
        }
        UUID finding = finding(actor, enterprise, order.item(), order.patrolId(), problem, now);
        String issuerPath = actor.jurisdictionPath() == null ? "" : actor.jurisdictionPath();
        store.addOrder(id, enterprise.code(), enterprise.jurisdictionPath(), finding, order.patrolId(), order.item(),
                problem, deadline, actor.username(), issuerPath, now);
        store.addStep(id, RectificationStep.ISSUED, RectificationState.OPEN, actor.username(), now, problem,
                List.of());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("item", order.item().name());
        detail.put("problem", problem);
        detail.put("deadline", deadline.toString());
        if (order.patrolId() != null) {
            detail.put("patrolId", order.patrolId().toString());
        }
        audit.record(actor, "rectification.issue", "rectification", id.toString(), enterprise.jurisdictionPath(),
                enterprise.code(), detail);
        events.publishEvent(new RectificationChanged(id, EnterpriseCode.of(enterprise.code()),
                enterprise.jurisdictionPath(), RectificationStep.ISSUED, actor.username(), now));
        return one(actor, id);
    }

    /**
     * Records a finding (an abnormal item) without an order, e.g. from a patrol record: it counts towards the
     * repeat rule. A patrol's item is one finding however often it is recorded.
     */
    @Transactional
    public void recordFinding(Actor actor, String enterpriseCode, PatrolItem item, UUID patrolId, String note) {
        RegisteredEnterprise enterprise = visible(actor, enterpriseCode);
        finding(actor, enterprise, item, patrolId, note, clock.instant());
    }

    /**
     * For patrols, in the record's transaction: each item the inspector recorded abnormal is a finding (one per record
     * and item, so an order issued from it later is the same finding). Pre-filled results the inspector did not send
     * (an API record of some items, a seeded record) are not findings.
     */
    void patrolled(Actor actor, RegisteredEnterprise enterprise, UUID recordId, List<PatrolEntry> entries,
                   Instant at) {
        for (PatrolEntry e : entries) {
            if (e.result() == PatrolResult.ABNORMAL) {
                finding(actor, enterprise, e.item(), recordId, e.note(), at);
            }
        }
    }

    /** The enterprise's people answer with the measures taken and photos (already kept by {@link Attachments}). */
    @Transactional
    public RectificationView answer(Actor actor, UUID id, String measures, List<Attachment> photos) {
        RectificationStore.Stored order = writable(actor, id);
        if (!actor.role().isEnterprise() && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the enterprise answers its rectification orders");
        }
        String text = text("measures", measures, true);
        List<Attachment> kept = photos == null ? List.of() : photos;
        if (kept.size() > MAX_PHOTOS) {
            throw InvalidInputException.of("photos", "最多上传 " + MAX_PHOTOS + " 张照片");
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("measures", text);
        detail.put("photos", kept.stream().map(Attachment::id).toList());
        return step(actor, order, RectificationStep.ANSWERED, text, kept, "rectification.answer", detail);
    }

    /** The regulator accepts the answer: the order is closed (闭环). */
    @Transactional
    public RectificationView accept(Actor actor, UUID id, String note) {
        RectificationStore.Stored order = writable(actor, id);
        regulator(actor);
        String text = text("note", note, false);
        return step(actor, order, RectificationStep.ACCEPTED, text, List.of(), "rectification.accept",
                text == null ? Map.of() : Map.of("note", text));
    }

    /** The regulator returns the answer with a note saying what is still missing; the enterprise answers again. */
    @Transactional
    public RectificationView returnAnswer(Actor actor, UUID id, String note) {
        RectificationStore.Stored order = writable(actor, id);
        regulator(actor);
        String text = text("note", note, true);
        return step(actor, order, RectificationStep.RETURNED, text, List.of(), "rectification.return",
                Map.of("note", text));
    }

    /** An order the actor sees; one a city forwarded as the city shows it (also one this platform sent down). */
    public RectificationView one(Actor actor, UUID id) {
        return forwardedCopy(actor, id).map(ForwardedInspections.Forwarded::order)
                .orElseGet(() -> named(seen(actor, id).view(), new HashMap<>()));
    }

    /** The order's timeline, oldest first. */
    public List<RectificationStepView> timeline(Actor actor, UUID id) {
        Optional<ForwardedInspections.Forwarded> copy = forwardedCopy(actor, id);
        if (copy.isPresent()) {
            return copy.get().timeline();
        }
        seen(actor, id);
        return store.steps(id);
    }

    private Optional<ForwardedInspections.Forwarded> forwardedCopy(Actor actor, UUID id) {
        ForwardedInspections cascade = forwarded.getIfAvailable();
        return cascade == null ? Optional.empty() : cascade.rectification(actor.scope(), id);
    }

    /** An own order the actor may step on; not a city's (its people answer there, its regulators accept). */
    private RectificationStore.Stored writable(Actor actor, UUID id) {
        ForwardedInspections cascade = forwarded.getIfAvailable();
        boolean forwardedHere = cascade != null && (cascade.rectification(actor.scope(), id).isPresent()
                || store.find(id, clock.instant()).map(s -> cascade.forwarded(EnterpriseCode.of(
                        s.view().enterpriseCode()))).orElse(false));
        if (forwardedHere) {
            throw InvalidInputException.of("origin", "由市级平台转发的整改通知只读，请在市级平台办理");
        }
        return seen(actor, id);
    }

    /** A photo of the order's timeline, for who sees the order; empty when it is not one of the order's. */
    public Optional<Attachments.Content> photo(Actor actor, UUID id, String attachmentId) {
        seen(actor, id);
        boolean ours = store.steps(id).stream().flatMap(s -> s.photos().stream())
                .anyMatch(p -> p.id().equals(attachmentId));
        return ours ? attachments.open(attachmentId) : Optional.empty();
    }

    /**
     * The orders the actor sees, under the jurisdiction {@code jurisdictionCode} when given, for the filter, newest
     * first.
     */
    public List<RectificationView> list(Actor actor, String jurisdictionCode, RectificationFilter filter, int limit) {
        Instant now = clock.instant();
        Map<String, String> names = new HashMap<>();
        var scope = jurisdictions.scope(actor, jurisdictionCode).ofEnterprise(blankToNull(filter.enterprise()));
        List<RectificationView> own = store.list(scope, filter.state(), filter.overdue(), filter.item(),
                period(filter), now, limit).stream().map(s -> named(s.view(), names)).toList();
        ForwardedInspections cascade = forwarded.getIfAvailable();
        return cascade == null ? own : RectificationLists.merged(own, cascade.rectifications(scope,
                RectificationLists.FORWARDED_AT_MOST), filter, period(filter), limit);
    }

    /** The enterprises flagged for enforcement the actor sees, newest first. */
    public List<EnforcementFlagView> flags(Actor actor, String jurisdictionCode, RectificationFilter filter,
                                           int limit) {
        Map<String, String> names = new HashMap<>();
        return store.flags(jurisdictions.scope(actor, jurisdictionCode).ofEnterprise(blankToNull(filter.enterprise())),
                        filter.item(), period(filter), limit).stream()
                .map(f -> new EnforcementFlagView(f.enterpriseCode(), name(f.enterpriseCode(), names), f.item(),
                        f.findings(), f.windowFrom(), f.flaggedAt())).toList();
    }

    /**
     * Escalates every overdue order not escalated yet, once each: the step on its timeline and
     * {@link RectificationOverdue} for notify. Answers how many were escalated.
     */
    @Transactional
    public int escalateOverdue(Instant now) {
        int escalated = 0;
        ForwardedInspections cascade = forwarded.getIfAvailable();
        for (RectificationStore.Stored s : store.overdueNotEscalated(now)) {
            if (cascade != null && cascade.forwarded(EnterpriseCode.of(s.view().enterpriseCode()))) {
                continue; // the city keeps the enterprise and escalates its orders there
            }
            String to = RectificationFlow.escalatesTo(s.issuerPath(), s.jurisdictionPath());
            if (!store.markEscalated(s.view().id(), to, now)) {
                continue;
            }
            RectificationView v = s.view();
            store.addStep(v.id(), RectificationStep.ESCALATED, v.state(), "system", now,
                    "逾期未闭环（期限 " + v.deadline() + "），已升级" + (to == null ? "" : "至 " + to), List.of());
            events.publishEvent(new RectificationOverdue(v.id(), v.number(), EnterpriseCode.of(v.enterpriseCode()),
                    s.jurisdictionPath(), v.item(), v.problem(), v.deadline(), to, now));
            events.publishEvent(new RectificationChanged(v.id(), EnterpriseCode.of(v.enterpriseCode()),
                    s.jurisdictionPath(), RectificationStep.ESCALATED, "system", now));
            escalated++;
        }
        return escalated;
    }

    RectificationPolicies policies() {
        return policies;
    }

    RectificationStore.Period period(RectificationFilter filter) {
        return new RectificationStore.Period(filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private RectificationView step(Actor actor, RectificationStore.Stored order, RectificationStep step, String text,
                                   List<Attachment> photos, String action, Map<String, ?> detail) {
        RectificationState from = order.view().state();
        RectificationState to;
        try {
            to = RectificationFlow.after(from, step);
        } catch (RectificationRefused e) {
            throw InvalidInputException.of("state", e.getMessage());
        }
        Instant now = clock.instant();
        if (store.move(order.view().id(), from, to, now) != 1) {
            throw InvalidInputException.of("state", "整改通知已被他人处理，请刷新");
        }
        store.addStep(order.view().id(), step, to, actor.username(), now, text, photos);
        audit.record(actor, action, "rectification", order.view().id().toString(), order.jurisdictionPath(),
                order.view().enterpriseCode(), detail);
        events.publishEvent(new RectificationChanged(order.view().id(), EnterpriseCode.of(order.view()
                .enterpriseCode()), order.jurisdictionPath(), step, actor.username(), now));
        return one(actor, order.view().id());
    }

    private UUID finding(Actor actor, RegisteredEnterprise enterprise, PatrolItem item, UUID patrolId, String note,
                         Instant at) {
        // as PostgreSQL keeps it (microseconds, rounded), so the finding just stored lies within its own window
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        UUID id = store.addFinding(enterprise.code(), enterprise.jurisdictionPath(), item, patrolId, now,
                actor.username(), note);
        RectificationPolicy policy = policies.forPath(enterprise.jurisdictionPath());
        Instant windowFrom = now.minus(policy.repeatWindow());
        List<Instant> found = store.findingTimes(enterprise.code(), item, windowFrom);
        if (policy.repeated(found, now) && !store.flaggedSince(enterprise.code(), item, windowFrom)) {
            store.addFlag(enterprise.code(), enterprise.jurisdictionPath(), item, found.size(), windowFrom, now);
            audit.record(actor, "enforcement.flag", "enterprise", enterprise.code(), enterprise.jurisdictionPath(),
                    enterprise.code(), Map.of("item", item.name(), "findings", found.size()));
            events.publishEvent(new EnforcementFlagged(EnterpriseCode.of(enterprise.code()),
                    enterprise.jurisdictionPath(), item, found.size(), windowFrom, now));
        }
        return id;
    }

    private RectificationStore.Stored seen(Actor actor, UUID id) {
        return store.find(id, clock.instant())
                .filter(s -> actor.sees(s.view().enterpriseCode(), s.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("rectification", id.toString()));
    }

    private RegisteredEnterprise visible(Actor actor, String enterpriseCode) {
        return registry.enterprise(enterpriseCode).filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
    }

    private static void regulator(Actor actor) {
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("regulators issue, accept and return rectification orders");
        }
    }

    private RectificationView named(RectificationView v, Map<String, String> names) {
        return new RectificationView(v.id(), v.number(), v.enterpriseCode(), name(v.enterpriseCode(), names),
                v.item(), v.problem(), v.deadline(), v.state(), v.overdue(), v.patrolId(), v.issuedBy(),
                v.issuedAt(), v.closedAt(), v.escalatedAt(), v.origin());
    }

    String name(String code, Map<String, String> names) {
        return names.computeIfAbsent(code, c -> registry.enterprise(c).map(RegisteredEnterprise::name).orElse(c));
    }

    static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw InvalidInputException.of(field, "请填写");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "最多 " + MAX_TEXT + " 字");
        }
        return value.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
