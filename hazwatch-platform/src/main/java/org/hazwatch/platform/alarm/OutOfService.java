package org.hazwatch.platform.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.Covers;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.stereotype.Service;

/**
 * Out of service (停用, SPEC §4): filings (报备) for shutdown, maintenance or equipment failure take the named points,
 * or the whole enterprise, out of alarming for their period. Alarms whose condition arises then are recorded as
 * out of service and are not in force; open ones move there when the period begins and come back, annunciated
 * afresh if their condition still stands, when it ends. The filings feature calls this; the caller has checked
 * that the actor may file for the enterprise.
 */
@Service
public class OutOfService {

    private final AlarmEngine engine;
    private final CoverStore coverStore;
    private final AlarmPoints points;
    private final AuditLog audit;
    private final Clock clock;

    OutOfService(AlarmEngine engine, CoverStore coverStore, AlarmPoints points, AuditLog audit, Clock clock) {
        this.engine = engine;
        this.coverStore = coverStore;
        this.points = points;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes points (or, with none named, the whole enterprise) out of service from {@code from} until {@code until}.
     *
     * @param reference what the period stands on, e.g. the filing's number
     * @return the period's id, for {@link #end}
     */
    public UUID take(Actor actor, EnterpriseCode enterpriseCode, Set<String> pointCodes, Instant from, Instant until,
                     String reference) {
        if (until == null || from == null || !until.isAfter(from)) {
            throw InvalidInputException.of("until", "the period must end after it begins");
        }
        for (String point : pointCodes) {
            if (!PointCode.parse(point).map(PointCode::enterprise).filter(enterpriseCode::equals).isPresent()) {
                throw InvalidInputException.of("pointCodes", point + " is not a point of " + enterpriseCode);
            }
        }
        Covers.OutOfServicePeriod period = new Covers.OutOfServicePeriod(UUID.randomUUID(), enterpriseCode.code(),
                pointCodes, from, until, reference);
        String path = points.jurisdictionPathOf(enterpriseCode);
        engine.call(() -> {
            engine.covers.put(period);
            engine.recover(actor.username(), reference, clock.instant());
            engine.commit(false, () -> {
                coverStore.add(period, path, actor.username());
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("points", pointCodes.isEmpty() ? "all" : pointCodes);
                detail.put("from", from.toString());
                detail.put("until", until.toString());
                detail.put("reference", reference);
                audit.record(actor, "alarm.out-of-service", "enterprise", enterpriseCode.code(), path,
                        enterpriseCode.code(), detail);
            });
            return null;
        });
        return period.id();
    }

    /** Ends a period now (the filing was withdrawn or the work finished early); false when it had already ended. */
    public boolean end(Actor actor, UUID periodId) {
        String[] place = coverStore.placeOf(periodId, "OUT_OF_SERVICE");
        if (place == null) {
            return false;
        }
        return engine.call(() -> {
            Instant now = clock.instant();
            if (!engine.covers.end(periodId, now)) {
                return false;
            }
            engine.recover(actor.username(), null, now);
            engine.commit(false, () -> {
                coverStore.end(periodId, now);
                audit.record(actor, "alarm.back-in-service", "enterprise", place[0], place[1], place[0],
                        Map.of("period", periodId.toString()));
            });
            return true;
        });
    }
}
