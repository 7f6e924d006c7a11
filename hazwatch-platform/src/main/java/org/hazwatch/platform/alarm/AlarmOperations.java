package org.hazwatch.platform.alarm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.alarm.rules.AlarmOperationRefused;
import org.hazwatch.platform.alarm.rules.Covers;
import org.hazwatch.platform.alarm.rules.Episode;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What people do to alarms (报警处理): acknowledge, shelve, unshelve. Each runs on the engine thread and is stored
 * together with its audit entry. The enterprise's own people and the platform admin handle alarms; regulators
 * watch them.
 */
@Service
class AlarmOperations {

    /** ISA-18.2 wants shelving limited in time; a week covers a transmitter replacement. */
    static final Duration LONGEST_SHELF = Duration.ofDays(7);

    private final AlarmEngine engine;
    private final AlarmQueries queries;
    private final CoverStore coverStore;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlarmOperations(AlarmEngine engine, AlarmQueries queries, CoverStore coverStore, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.engine = engine;
        this.queries = queries;
        this.coverStore = coverStore;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public AlarmView acknowledge(Actor actor, UUID id, String comment) {
        AlarmView alarm = handled(actor, id);
        Instant at = engine.call(() -> {
            Instant now = clock.instant();
            engine.board().acknowledge(id, actor.username(), blankToNull(comment), now);
            engine.commit(false, () -> audited(actor, "alarm.ack", alarm, details("comment", comment)));
            return now;
        });
        operated(actor, alarm, AlarmOperated.Operation.ACKNOWLEDGED, at);
        return queries.one(actor, id).orElseThrow();
    }

    public AlarmView shelve(Actor actor, UUID id, String reason, Instant until) {
        AlarmView alarm = handled(actor, id);
        Instant now = clock.instant();
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "a shelved alarm needs a reason");
        }
        if (until == null || !until.isAfter(now) || until.isAfter(now.plus(LONGEST_SHELF))) {
            throw InvalidInputException.of("until", "must lie in the next " + LONGEST_SHELF.toDays() + " days");
        }
        engine.call(() -> {
            Episode e = open(id);
            Covers.Shelf shelf = new Covers.Shelf(UUID.randomUUID(), e.key(), actor.username(), reason, now, until);
            engine.covers.put(shelf);
            engine.recover(actor.username(), reason, now);
            engine.commit(false, () -> {
                coverStore.add(shelf, alarm.jurisdictionPath());
                audited(actor, "alarm.shelve", alarm, details("reason", reason, "until", until.toString()));
            });
            return null;
        });
        operated(actor, alarm, AlarmOperated.Operation.SHELVED, now);
        return queries.one(actor, id).orElseThrow();
    }

    public AlarmView unshelve(Actor actor, UUID id) {
        AlarmView alarm = handled(actor, id);
        Instant at = engine.call(() -> {
            Instant now = clock.instant();
            Episode e = open(id);
            var shelves = engine.covers.shelves().stream().filter(s -> s.key().equals(e.key()))
                    .filter(s -> s.until() == null || s.until().isAfter(now)).toList();
            if (shelves.isEmpty()) {
                throw new AlarmOperationRefused("the alarm is not shelved");
            }
            shelves.forEach(s -> engine.covers.end(s.id(), now));
            engine.recover(actor.username(), null, now);
            engine.commit(false, () -> {
                shelves.forEach(s -> coverStore.end(s.id(), now));
                audited(actor, "alarm.unshelve", alarm, Map.of());
            });
            return now;
        });
        operated(actor, alarm, AlarmOperated.Operation.UNSHELVED, at);
        return queries.one(actor, id).orElseThrow();
    }

    /** Tells the rest of the platform, once the operation is stored (engine.call returns after the commit). */
    private void operated(Actor actor, AlarmView alarm, AlarmOperated.Operation operation, Instant at) {
        events.publishEvent(new AlarmOperated(alarm.id(), EnterpriseCode.of(alarm.enterpriseCode()),
                alarm.kind().onCamera() ? null : PointCode.ofNullable(alarm.pointCode()),
                alarm.jurisdictionPath(), operation, actor.username(), at));
    }

    private Episode open(UUID id) {
        return engine.board().openById(id).orElseThrow(() -> new AlarmOperationRefused("the alarm is closed"));
    }

    /** The alarm, if the actor sees it (else 404) and may handle it (else 403). */
    private AlarmView handled(Actor actor, UUID id) {
        AlarmView alarm = queries.one(actor, id).orElseThrow(() -> new NotFoundException("alarm", id.toString()));
        if (actor.role() == Role.REGULATOR) {
            throw new AccessDeniedException("alarms are handled by the enterprise's own people");
        }
        return alarm;
    }

    private void audited(Actor actor, String action, AlarmView alarm, Map<String, ?> detail) {
        Map<String, Object> all = new LinkedHashMap<>(detail);
        all.put("pointCode", alarm.pointCode());
        all.put("kind", alarm.kind());
        audit.record(actor, action, "alarm", alarm.id().toString(), alarm.jurisdictionPath(), alarm.enterpriseCode(),
                all);
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
