package org.hazwatch.platform.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.Covers;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.EquipmentCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Suppression by design (设计抑制): the alarms of a point, or of every point of an equipment, are taken out of
 * annunciation while it stands — a unit shut down makes its low-flow alarms meaningless. Put and lifted by the
 * enterprise's admin or the platform admin, audited.
 */
@Service
class Suppressions {

    private final AlarmEngine engine;
    private final CoverStore coverStore;
    private final AlarmPoints points;
    private final AuditLog audit;
    private final Clock clock;

    Suppressions(AlarmEngine engine, CoverStore coverStore, AlarmPoints points, AuditLog audit, Clock clock) {
        this.engine = engine;
        this.coverStore = coverStore;
        this.points = points;
        this.audit = audit;
        this.clock = clock;
    }

    SuppressionView suppress(Actor actor, String target, String reason) {
        Optional<PointCode> point = PointCode.parse(target);
        Optional<EquipmentCode> equipment = EquipmentCode.parse(target);
        if (point.isEmpty() && equipment.isEmpty()) {
            throw InvalidInputException.of("target", "a registered point code or an equipment code is required");
        }
        if (point.isPresent() && points.settings(target) == null) {
            // answered as another county's point is: the answer must not tell which codes are registered
            throw new NotFoundException("point or equipment", target);
        }
        EnterpriseCode enterprise = point.map(PointCode::enterprise)
                .orElseGet(() -> equipment.orElseThrow().enterprise());
        String path = writable(actor, enterprise, target);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "a suppression needs a reason");
        }
        Covers.Suppression s = new Covers.Suppression(UUID.randomUUID(), target, actor.username(), reason,
                clock.instant(), null);
        engine.call(() -> {
            engine.covers.put(s);
            engine.recover(actor.username(), reason, s.from());
            engine.commit(false, () -> {
                coverStore.add(s, enterprise.code(), path);
                audit.record(actor, "alarm.suppress", "point", target, path, enterprise.code(),
                        Map.of("reason", reason));
            });
            return null;
        });
        return new SuppressionView(s.id(), enterprise.code(), target, s.by(), reason, s.from(), null);
    }

    void lift(Actor actor, UUID id) {
        String[] place = coverStore.placeOf(id, "SUPPRESSED");
        if (place == null || !actor.sees(place[0], place[1])) {
            throw new NotFoundException("suppression", id.toString());
        }
        writable(actor, EnterpriseCode.of(place[0]), place[0]);
        engine.call(() -> {
            Instant now = clock.instant();
            if (engine.covers.end(id, now)) {
                engine.recover(actor.username(), null, now);
                engine.commit(false, () -> {
                    coverStore.end(id, now);
                    audit.record(actor, "alarm.unsuppress", "suppression", id.toString(), place[1], place[0],
                            Map.of());
                });
            }
            return null;
        });
    }

    List<SuppressionView> standing(Actor actor, String enterpriseCode) {
        return coverStore.suppressions(actor.scope().ofEnterprise(enterpriseCode), clock.instant());
    }

    /** The enterprise's path, if the actor sees it (else 404) and may change its alarming (else 403). */
    private String writable(Actor actor, EnterpriseCode enterprise, String target) {
        String path = points.jurisdictionPathOf(enterprise);
        if (path.isEmpty() && !actor.isPlatformAdmin() || !actor.sees(enterprise.code(), path)) {
            throw new NotFoundException("point or equipment", target);
        }
        if (actor.role() != Role.ENTERPRISE_ADMIN && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("suppression is set by the enterprise's admin");
        }
        return path;
    }
}
