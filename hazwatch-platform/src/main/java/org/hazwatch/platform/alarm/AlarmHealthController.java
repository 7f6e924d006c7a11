package org.hazwatch.platform.alarm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alarm-system health (报警系统健康度) per enterprise or per jurisdiction, live and as daily snapshots. */
@RestController
class AlarmHealthController {

    private final AlarmHealth health;
    private final AlarmPoints points;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    AlarmHealthController(AlarmHealth health, AlarmPoints points, Jurisdictions jurisdictions, Clock clock) {
        this.health = health;
        this.points = points;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** The figures over a window (default the last 24 hours) of one enterprise, or of a jurisdiction's subtree. */
    @GetMapping("/api/v1/alarms/health")
    AlarmSystemHealth.Figures figures(Actor actor, @RequestParam(required = false) String enterprise,
                                      @RequestParam(required = false) String jurisdiction,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to) {
        Instant end = to == null ? clock.instant() : time("to", to);
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : time("from", from);
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(Duration.ofDays(31)) > 0) {
            throw InvalidInputException.of("from", "the window must be positive and at most 31 days");
        }
        if (enterprise != null) {
            visibleEnterprise(actor, EnterpriseCode.of(enterprise));
            return health.figures(JurisdictionScope.everything().ofEnterprise(enterprise), start, end);
        }
        return health.figures(scope(actor, jurisdiction), start, end);
    }

    /** The daily snapshots of an enterprise or a jurisdiction node, one JSON object a day. */
    @GetMapping(path = "/api/v1/alarms/health/daily", produces = "application/json")
    String daily(Actor actor, @RequestParam String scope, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        Optional<EnterpriseCode> enterprise = EnterpriseCode.parse(scope);
        if (enterprise.isPresent() && !points.jurisdictionPathOf(enterprise.get()).isEmpty()) {
            visibleEnterprise(actor, enterprise.get());
        } else {
            scope(actor, scope);
        }
        List<String> days = health.daily(scope, from, to);
        return "[" + String.join(",", days) + "]";
    }

    private void visibleEnterprise(Actor actor, EnterpriseCode enterprise) {
        if (!actor.sees(enterprise.code(), points.jurisdictionPathOf(enterprise))) {
            throw new NotFoundException("enterprise", enterprise.code());
        }
    }

    private JurisdictionScope scope(Actor actor, String jurisdiction) {
        if (actor.role().isEnterprise()) {
            throw new NotFoundException("jurisdiction", String.valueOf(jurisdiction));
        }
        return jurisdictions.scope(actor, jurisdiction);
    }

    private static Instant time(String field, String text) {
        try {
            return OffsetDateTime.parse(text.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "an ISO-8601 time with offset is required");
        }
    }
}
