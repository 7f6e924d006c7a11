package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.AuditLog;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.support.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * On the province: orders down the chain (督办, docs/CASCADE.md). A province regulator who sees a forwarded warning
 * orders its follow-up; the order waits here, in sequence, until the city fetches it.
 */
@Service
class CascadeOrders {

    static final String FOLLOW_UP = "FOLLOW_UP";
    private static final int LONGEST_INSTRUCTION = 500;
    private static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final ForwardedObjects objects;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final Clock clock;

    CascadeOrders(JdbcClient jdbc, ForwardedObjects objects, AuditLog audit, TransactionTemplate transaction,
                  ObjectMapper json, HazwatchProperties hazwatch, Clock clock) {
        this.jdbc = jdbc;
        this.objects = objects;
        this.audit = audit;
        this.transaction = transaction;
        this.json = json;
        this.zone = hazwatch.zone();
        this.clock = clock;
    }

    record FollowUp(UUID warningId, String instruction, OffsetDateTime deadline) {
    }

    /** Orders the follow-up of a forwarded warning; 404 for one the actor does not see (or none). */
    CascadeWire.Order followUp(Actor actor, FollowUp request) {
        if (actor.role() != Role.REGULATOR && !actor.isPlatformAdmin()) {
            throw new AccessDeniedException("督办由监管部门下达");
        }
        if (request.warningId() == null) {
            throw InvalidInputException.of("warningId", "required");
        }
        ForwardedObjects.Stored warning = objects.one(CascadeWire.Kind.WARNING, request.warningId().toString())
                .filter(w -> actor.sees(w.enterpriseCode(), w.jurisdictionPath()))
                .orElseThrow(() -> new NotFoundException("warning", request.warningId().toString()));
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        if (request.instruction() == null || request.instruction().isBlank()) {
            problems.add(new Problem("instruction", "请填写督办要求"));
        } else if (request.instruction().length() > LONGEST_INSTRUCTION) {
            problems.add(new Problem("instruction", "不超过 " + LONGEST_INSTRUCTION + " 字"));
        }
        if (request.deadline() == null || !request.deadline().toInstant().isAfter(now)) {
            problems.add(new Problem("deadline", "请给出晚于当前时间的办理期限"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> body = Map.of("instruction", request.instruction().strip(),
                "deadline", request.deadline().toInstant().atZone(zone).toOffsetDateTime().toString());
        Long seq = transaction.execute(status -> {
            Long created = jdbc.sql("""
                    INSERT INTO cascade_order (target_platform, kind, object_id, enterprise_code, body, ordered_by,
                                               ordered_at)
                    VALUES (:platform, :kind, :id, :enterprise, CAST(:body AS jsonb), :by, :now) RETURNING seq""")
                    .param("platform", warning.sourcePlatform()).param("kind", FOLLOW_UP)
                    .param("id", warning.objectId()).param("enterprise", warning.enterpriseCode())
                    .param("body", json.writeValueAsString(body)).param("by", actor.username())
                    .param("now", Timestamp.from(now)).query(Long.class).single();
            audit.record(actor, "cascade.follow-up", "warning", warning.objectId(), warning.jurisdictionPath(),
                    warning.enterpriseCode(), Map.of("platform", warning.sourcePlatform(), "seq", created,
                            "instruction", body.get("instruction"), "deadline", body.get("deadline")));
            return created;
        });
        return after(warning.sourcePlatform(), seq - 1).get(0);
    }

    /** The platform's orders after {@code after}, oldest first, a page at a time. */
    List<CascadeWire.Order> after(String platform, long after) {
        return jdbc.sql("""
                SELECT seq, kind, object_id, enterprise_code, body::text AS body, ordered_by, ordered_at
                FROM cascade_order WHERE target_platform = :platform AND seq > :after ORDER BY seq LIMIT :page""")
                .param("platform", platform).param("after", after).param("page", PAGE)
                .query((rs, n) -> {
                    var body = json.readTree(rs.getString("body"));
                    boolean followUp = FOLLOW_UP.equals(rs.getString("kind"));
                    return new CascadeWire.Order(rs.getLong("seq"), rs.getString("kind"),
                            followUp ? rs.getString("object_id") : null, rs.getString("enterprise_code"),
                            body.path("instruction").asString(null), body.path("deadline").asString(null),
                            rs.getString("ordered_by"),
                            rs.getTimestamp("ordered_at").toInstant().atZone(zone).toOffsetDateTime().toString(),
                            rs.getString("object_id"), body);
                }).list();
    }
}
