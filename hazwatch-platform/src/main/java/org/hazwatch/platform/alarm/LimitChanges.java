package org.hazwatch.platform.alarm;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.support.EntryClass;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applying a what-if proposal (应用限值建议, issue 18). Limits are base data: the enterprise's safety manager (its
 * admin; the platform admin too) applies the proposal, and it is in force at once — the point is edited through the
 * registry (its checks, audited {@code registry.edit} with the point before and after, {@code RegistryChanged}, on
 * which the alarm engine takes the point's settings afresh). The county is asked to acknowledge, as a filing is:
 * the change lands in its inbox ({@link LimitChangeApplied}), where a regulator who sees the enterprise acknowledges
 * it (确认) or queries it (质询); a query does not undo the change — the enterprise answers by changing the point
 * again. Regulators only look. Every step is audited ({@code alarm.limit-change}, {@code …-acknowledge},
 * {@code …-query}) with who, what, before and after.
 */
@Service
@EntryClass
public class LimitChanges {

    static final int REASON_MAX = 500;

    private final Registry registry;
    private final LimitChangeStore store;
    private final RateLimits rateLimits;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    LimitChanges(Registry registry, LimitChangeStore store, RateLimits rateLimits, AuditLog audit,
                 ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Whether the actor may apply a proposal to the enterprise's points (the page offers the form then). */
    public boolean mayApply(Actor actor, String enterpriseCode) {
        return actor.isPlatformAdmin()
                || actor.role() == Role.ENTERPRISE_ADMIN && enterpriseCode.equals(actor.enterpriseCode());
    }

    /**
     * Applies the proposal to the point. 404 for a point the actor does not see, 403 for anyone but the enterprise's
     * admin and the platform admin, 400 with every problem (the registry's checks by the point's field names —
     * {@code ll}, {@code deadband}, {@code onDelaySeconds} — and {@code reason}) with nothing changed.
     *
     * @param episodes the limit alarms a replay of the request's window found now and as proposed; null when none
     */
    public LimitChange apply(Actor actor, String pointCode, LimitChangeRequest request, Episodes episodes) {
        PointDefinition point = visible(actor, pointCode);
        if (!mayApply(actor, point.enterpriseCode())) {
            throw new AccessDeniedException("the enterprise's safety manager applies limits; regulators look");
        }
        List<Problem> problems = new ArrayList<>();
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            problems.add(new Problem("reason", "say why the limits change (e.g. the replay's result)"));
        } else if (reason.length() > REASON_MAX) {
            problems.add(new Problem("reason", "at most " + REASON_MAX + " characters"));
        }
        if (request.ll() == null && request.l() == null && request.h() == null && request.hh() == null) {
            problems.add(new Problem("limits", "at least one limit is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PointAlarmSettings applied = RegistryAlarmPoints.settingsOf(point,
                rateLimits.ofEnterprise(point.enterpriseCode()).get(pointCode));
        LimitSettings before = settings(applied);
        LimitSettings after = new LimitSettings(request.ll(), request.l(), request.h(), request.hh(),
                request.deadband() != null ? request.deadband() : before.deadband(),
                request.onDelaySeconds() != null ? request.onDelaySeconds() : before.onDelaySeconds(),
                request.offDelaySeconds() != null ? request.offDelaySeconds() : before.offDelaySeconds());
        BaseDataDocument.Point registered = registeredPoint(actor, point);
        BaseDataDocument.Point edited = new BaseDataDocument.Point(registered.code(), registered.name(),
                registered.kind(), registered.unit(), registered.rangeLow(), registered.rangeHigh(), after.ll(),
                after.l(), after.h(), after.hh(), after.deadband(), seconds(after.onDelaySeconds(), "onDelaySeconds"),
                seconds(after.offDelaySeconds(), "offDelaySeconds"), registered.tagNumber());
        String path = registry.jurisdictionPathOf(point.enterpriseCode()).orElse("");
        LimitChange change = new LimitChange(UUID.randomUUID(), point.enterpriseCode(), pointCode, before, after,
                reason, request.replayFrom(), request.replayTo(), episodes == null ? null : episodes.now(),
                episodes == null ? null : episodes.proposed(), LimitChangeStatus.APPLIED, actor.username(),
                clock.instant(), null, null, null);
        tx.executeWithoutResult(status -> {
            registry.editPoint(actor, pointCode, edited);
            store.add(change, path);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("change", change.id().toString());
            detail.put("before", before);
            detail.put("after", after);
            detail.put("reason", reason);
            if (episodes != null) {
                detail.put("episodes", Map.of("now", episodes.now(), "proposed", episodes.proposed(),
                        "from", String.valueOf(request.replayFrom()), "to", String.valueOf(request.replayTo())));
            }
            audit.record(actor, "alarm.limit-change", "point", pointCode, path, point.enterpriseCode(), detail);
            events.publishEvent(new LimitChangeApplied(change.id(), EnterpriseCode.of(point.enterpriseCode()),
                    pointCode, path, actor.username()));
        });
        return change;
    }

    /** How many limit alarms the replay found with the settings now and as proposed. */
    public record Episodes(int now, int proposed) {
    }

    /** The county (a regulator who sees the enterprise, or the platform admin) acknowledges a change. */
    public LimitChange acknowledge(Actor actor, UUID id, String comment) {
        return respond(actor, id, LimitChangeStatus.ACKNOWLEDGED, comment == null || comment.isBlank() ? null
                : comment.strip(), "alarm.limit-change-acknowledge");
    }

    /** The county asks about a change (质询): the change stands; the enterprise answers by changing the point again. */
    public LimitChange query(Actor actor, UUID id, String question) {
        if (question == null || question.isBlank()) {
            throw InvalidInputException.of("comment", "a query says what it asks");
        }
        return respond(actor, id, LimitChangeStatus.QUERIED, question.strip(), "alarm.limit-change-query");
    }

    /** One change the actor sees (404 otherwise). */
    public LimitChange one(Actor actor, UUID id) {
        return seen(actor, id).change();
    }

    /** The changes in the actor's scope (of one point when given), newest first. */
    public List<LimitChange> list(Actor actor, String pointCode, int limit) {
        JurisdictionScope scope = actor.scope();
        return store.list(scope, pointCode, Math.max(1, Math.min(limit, 500)));
    }

    private LimitChange respond(Actor actor, UUID id, LimitChangeStatus status, String text, String action) {
        LimitChangeStore.Stored stored = seen(actor, id);
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("the county answers limit changes");
        }
        if (text != null && text.length() > REASON_MAX) {
            throw InvalidInputException.of("comment", "at most " + REASON_MAX + " characters");
        }
        tx.executeWithoutResult(s -> {
            store.respond(id, status, text, actor.username(), clock.instant());
            audit.record(actor, action, "point", stored.change().pointCode(), stored.jurisdictionPath(),
                    stored.change().enterpriseCode(), text == null ? Map.of("change", id.toString())
                            : Map.of("change", id.toString(), "comment", text));
        });
        return one(actor, id);
    }

    private LimitChangeStore.Stored seen(Actor actor, UUID id) {
        return store.find(id).filter(s -> actor.sees(s.change().enterpriseCode(), s.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("limit change", id.toString()));
    }

    private PointDefinition visible(Actor actor, String pointCode) {
        return registry.point(pointCode)
                .filter(p -> registry.jurisdictionPathOf(p.enterpriseCode())
                        .map(path -> actor.sees(p.enterpriseCode(), path)).orElse(actor.isPlatformAdmin()))
                .orElseThrow(() -> new NotFoundException("point", pointCode));
    }

    private BaseDataDocument.Point registeredPoint(Actor actor, PointDefinition point) {
        return registry.document(actor, point.enterpriseCode()).hazardSources().stream()
                .flatMap(h -> h.equipment().stream()).flatMap(e -> e.points().stream())
                .filter(p -> p.code().equals(point.code())).findFirst()
                .orElseThrow(() -> new NotFoundException("point", point.code()));
    }

    private static LimitSettings settings(PointAlarmSettings s) {
        return new LimitSettings(s.ll(), s.l(), s.h(), s.hh(), s.deadband(), s.onDelay().toSeconds(),
                s.offDelay().toSeconds());
    }

    private static Integer seconds(long seconds, String field) {
        if (seconds < 0 || seconds > Integer.MAX_VALUE) {
            throw InvalidInputException.of(field, "0 seconds or more");
        }
        return (int) seconds;
    }
}
