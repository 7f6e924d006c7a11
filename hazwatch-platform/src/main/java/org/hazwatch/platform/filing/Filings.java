package org.hazwatch.platform.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.alarm.OutOfService;
import org.hazwatch.platform.filing.rules.FilingChecks;
import org.hazwatch.platform.filing.rules.FilingRequest;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingStatus;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.Attachments.Attachment;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.ForwardedCopies;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filings (报备, SPEC §4 and §8): the enterprise files a shutdown, maintenance, equipment failure or network outage
 * for a period and a scope; the points are out of service in the alarm engine for exactly that period
 * ({@link OutOfService}); the county is told ({@link FilingSubmitted}) and acknowledges or queries it.
 */
@Service
@EntryClass
public class Filings {

    private final FilingStore store;
    private final ObjectProvider<ForwardedCopies> forwarded;
    private final Registry registry;
    private final OutOfService outOfService;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final FilingSettings settings;
    private final Clock clock;
    private final FilingAttachmentStore attachmentStore;
    private final Attachments attachments;

    Filings(FilingStore store, Registry registry, OutOfService outOfService, AuditLog audit,
            ApplicationEventPublisher events, FilingSettings settings, Clock clock,
            FilingAttachmentStore attachmentStore, Attachments attachments,
            ObjectProvider<ForwardedCopies> forwarded) {
        this.forwarded = forwarded;
        this.attachmentStore = attachmentStore;
        this.attachments = attachments;
        this.store = store;
        this.registry = registry;
        this.outOfService = outOfService;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Files with attachments (JPEG, PNG or PDF, each at most 10 MiB, see {@link Attachments}): a file refused is a
     * problem of the field {@code attachments} and nothing is filed.
     */
    @Transactional
    public FilingView submit(Actor actor, String enterpriseCode, FilingRequest request, List<NewAttachment> files) {
        List<Attachment> kept = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (NewAttachment file : files) {
            try {
                kept.add(attachments.store("attachments", file.name(), file.bytes()));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new Problem("attachments",
                        (file.name() == null ? "" : file.name() + "：") + p.reason())));
            }
        }
        if (!problems.isEmpty()) {
            visible(actor, enterpriseCode);
            throw new InvalidInputException(problems);
        }
        FilingView filing = submit(actor, enterpriseCode, request);
        attachmentStore.add(filing.id(), kept);
        return filing;
    }

    /** The files attached to a filing the actor sees (404 otherwise). */
    public List<Attachment> attachments(Actor actor, UUID id) {
        one(actor, id);
        return attachmentStore.of(id);
    }

    /** One file of a filing the actor sees, to serve (404 for another filing's, another jurisdiction's). */
    public Attachments.Content attachment(Actor actor, UUID id, String attachmentId) {
        return attachments(actor, id).stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .flatMap(a -> attachments.open(a.id()))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    /** Files for an enterprise: its admin or the platform admin; audited, the county told. */
    @Transactional
    public FilingView submit(Actor actor, String enterpriseCode, FilingRequest request) {
        RegisteredEnterprise enterprise = visible(actor, enterpriseCode);
        if (actor.role() != Role.ENTERPRISE_ADMIN && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the enterprise's admin files");
        }
        List<Problem> problems = new ArrayList<>(FilingChecks.problems(enterpriseCode, request,
                settings.longest()).stream().map(p -> new Problem(p.field(), p.reason())).toList());
        Set<String> points = problems.isEmpty() ? points(enterpriseCode, request, problems) : Set.of();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        FilingView filing = new FilingView(id, enterpriseCode, request.type(), request.scope(), request.targets(),
                List.copyOf(points), request.from(), request.until(), request.reason(), FilingStatus.SUBMITTED,
                actor.username(), clock.instant(), null, null, null);
        // cameras are no points: a filing of cameras takes nothing out of service (an empty set would be all)
        UUID period = request.scope() == FilingScope.CAMERAS ? null : outOfService.take(actor,
                EnterpriseCode.of(enterpriseCode), points, request.from(), request.until(), "报备 " + id);
        store.add(filing, enterprise.jurisdictionPath(), period);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("type", request.type().name());
        detail.put("scope", request.scope().name());
        detail.put("targets", request.targets());
        detail.put("from", request.from().toString());
        detail.put("until", request.until().toString());
        audit.record(actor, "filing.submit", "filing", id.toString(), enterprise.jurisdictionPath(), enterpriseCode,
                detail);
        events.publishEvent(new FilingSubmitted(id, EnterpriseCode.of(enterpriseCode), enterprise.jurisdictionPath(),
                request.type(), request.from(), request.until()));
        return filing;
    }

    /** The county (a regulator who sees the enterprise) acknowledges a filing. */
    @Transactional
    public FilingView acknowledge(Actor actor, UUID id, String comment) {
        FilingStore.Stored f = answerable(actor, id);
        store.respond(id, FilingStatus.ACKNOWLEDGED, comment, actor.username(), clock.instant());
        audit.record(actor, "filing.acknowledge", "filing", id.toString(), f.jurisdictionPath(),
                f.view().enterpriseCode(), comment == null ? Map.of() : Map.of("comment", comment));
        events.publishEvent(new FilingAcknowledged(id, EnterpriseCode.of(f.view().enterpriseCode()), actor.username()));
        return one(actor, id);
    }

    /** The county asks about a filing (质询); the filing stands until the enterprise withdraws it. */
    @Transactional
    public FilingView query(Actor actor, UUID id, String question) {
        if (question == null || question.isBlank()) {
            throw InvalidInputException.of("comment", "a query says what it asks");
        }
        FilingStore.Stored f = answerable(actor, id);
        store.respond(id, FilingStatus.QUERIED, question, actor.username(), clock.instant());
        audit.record(actor, "filing.query", "filing", id.toString(), f.jurisdictionPath(), f.view().enterpriseCode(),
                Map.of("comment", question));
        events.publishEvent(new FilingQueried(id, EnterpriseCode.of(f.view().enterpriseCode()), actor.username(),
                question));
        return one(actor, id);
    }

    /** The enterprise withdraws a filing: its points are back in service now; the time before stays covered. */
    @Transactional
    public FilingView withdraw(Actor actor, UUID id) {
        FilingStore.Stored f = store.find(id).filter(s -> actor.sees(s.view().enterpriseCode(), s.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("filing", id.toString()));
        if (actor.role() != Role.ENTERPRISE_ADMIN && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the enterprise's admin withdraws its filings");
        }
        if (f.view().status() == FilingStatus.WITHDRAWN) {
            throw InvalidInputException.of("status", "already withdrawn");
        }
        Instant now = clock.instant();
        Instant until = now.isBefore(f.view().from()) ? f.view().from() : now.isAfter(f.view().until())
                ? f.view().until() : now;
        if (f.periodId() != null) {
            outOfService.end(actor, f.periodId());
        }
        store.withdraw(id, until);
        audit.record(actor, "filing.withdraw", "filing", id.toString(), f.jurisdictionPath(),
                f.view().enterpriseCode(), Map.of("until", until.toString()));
        events.publishEvent(new FilingWithdrawn(id, EnterpriseCode.of(f.view().enterpriseCode()),
                f.jurisdictionPath(), now));
        return one(actor, id);
    }

    public FilingView one(Actor actor, UUID id) {
        return store.find(id).filter(s -> actor.sees(s.view().enterpriseCode(), s.jurisdictionPath()))
                .map(FilingStore.Stored::view).orElseThrow(() -> new NotFoundException("filing", id.toString()));
    }

    /**
     * The filings in the scope, optionally only those of one enterprise or in force at {@code at}, newest first.
     */
    public List<FilingView> list(JurisdictionScope scope, String enterpriseCode, Instant at, int limit) {
        return store.list(scope.ofEnterprise(enterpriseCode), at, limit);
    }

    /** For every view of an enterprise (not scoped: callers check the actor): its filings in force at the time. */
    public List<FilingView> inForce(String enterpriseCode, Instant at) {
        return store.list(JurisdictionScope.everything().ofEnterprise(enterpriseCode), at, 100);
    }

    /**
     * For data quality and the warning model: whether a filing covers the point (or, with {@code pointCode}
     * null, the enterprise's own gateway) at the instant, so its offline time there is not a violation.
     */
    public boolean coveredAt(String enterpriseCode, String pointCode, Instant at) {
        return store.periodsAt(enterpriseCode, at).stream().anyMatch(p -> p.covers(enterpriseCode, pointCode, at));
    }

    /**
     * For data quality (not scoped: a platform job): every filing whose period overlaps {@code [from, to)}, so the
     * filed points, cameras and periods are left out of the scores, as {@link #coveredAt} leaves them out of alarms.
     */
    public List<FilingView> overlapping(Instant from, Instant to) {
        return store.overlapping(from, to);
    }

    private Set<String> points(String enterpriseCode, FilingRequest request, List<Problem> problems) {
        if (request.scope() == FilingScope.ENTERPRISE) {
            return Set.of();
        }
        if (request.scope() == FilingScope.CAMERAS) {
            cameras(enterpriseCode, request, problems);
            return Set.of();
        }
        List<String> registered = registry.pointsOf(enterpriseCode).stream().map(PointDefinition::code).toList();
        Set<String> points = new LinkedHashSet<>();
        for (int i = 0; i < request.targets().size(); i++) {
            String target = request.targets().get(i);
            List<String> matched = registered.stream().filter(p -> request.scope() == FilingScope.POINTS
                    ? p.equals(target) : p.startsWith(target)).toList();
            if (matched.isEmpty()) {
                problems.add(new Problem("targets[" + i + "]", request.scope() == FilingScope.POINTS
                        ? "no such registered point" : "no registered points under this hazard source"));
            }
            points.addAll(matched);
        }
        return points;
    }

    private void cameras(String enterpriseCode, FilingRequest request, List<Problem> problems) {
        Set<String> registered = new HashSet<>();
        registry.document(Actor.system(), enterpriseCode).cameras().forEach(c -> registered.add(c.code()));
        for (int i = 0; i < request.targets().size(); i++) {
            if (!registered.contains(request.targets().get(i))) {
                problems.add(new Problem("targets[" + i + "]", "no such registered camera"));
            }
        }
    }

    /**
     * For video (SPEC §11): whether a filing in force covers the camera at the instant (a filing of the whole
     * enterprise or one naming the camera), so its dark time there is excused.
     */
    public boolean cameraCoveredAt(String enterpriseCode, String cameraCode, Instant at) {
        return inForce(enterpriseCode, at).stream().anyMatch(f -> f.scope() == FilingScope.ENTERPRISE
                        || f.scope() == FilingScope.CAMERAS && f.targets().contains(cameraCode));
    }

    /** Not found, or another platform's filing forwarded here (cascade): read-only. */
    private RuntimeException notHere(UUID id) {
        ForwardedCopies cascade = forwarded.getIfAvailable();
        return cascade != null && cascade.forwarded("FILING", id.toString())
                ? new AccessDeniedException("a filing forwarded by another platform is read-only here")
                : new NotFoundException("filing", id.toString());
    }

    private FilingStore.Stored answerable(Actor actor, UUID id) {
        FilingStore.Stored f = store.find(id).filter(s -> actor.sees(s.view().enterpriseCode(), s.jurisdictionPath()))
                .orElseThrow(() -> notHere(id));
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the county answers filings");
        }
        if (f.view().status() == FilingStatus.WITHDRAWN) {
            throw InvalidInputException.of("status", "the filing was withdrawn");
        }
        return f;
    }

    private RegisteredEnterprise visible(Actor actor, String enterpriseCode) {
        return registry.enterprise(enterpriseCode).filter(e -> actor.sees(e.code(), e.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("enterprise", enterpriseCode));
    }
}
