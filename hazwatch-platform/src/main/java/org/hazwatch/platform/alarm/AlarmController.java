package org.hazwatch.platform.alarm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.AlarmOperationRefused;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The alarm API (报警): list and read episodes, acknowledge, shelve, suppress, the live feed. */
@RestController
class AlarmController {

    record Ack(String comment) {
    }

    record Shelve(String reason, OffsetDateTime until) {
    }

    record Suppress(String target, String reason) {
    }

    record RateLimit(Double perMinute) {
    }

    record Detail(AlarmView alarm, List<AlarmView.TransitionView> transitions) {
    }

    static final Comparator<AlarmView> NEWEST_FIRST = Comparator.comparing(AlarmView::raisedAt,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final AlarmQueries queries;
    private final AlarmOperations operations;
    private final Suppressions suppressions;
    private final RateLimitChanges rateLimits;
    private final AlarmStream stream;
    private final Jurisdictions jurisdictions;
    private final ObjectProvider<ForwardedAlarms> forwarded;

    AlarmController(AlarmQueries queries, AlarmOperations operations, Suppressions suppressions,
                    RateLimitChanges rateLimits, AlarmStream stream, Jurisdictions jurisdictions,
                    ObjectProvider<ForwardedAlarms> forwarded) {
        this.forwarded = forwarded;
        this.queries = queries;
        this.operations = operations;
        this.suppressions = suppressions;
        this.rateLimits = rateLimits;
        this.stream = stream;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/api/v1/alarms")
    List<AlarmView> list(Actor actor, @RequestParam(defaultValue = "active") String state,
                         @RequestParam(required = false) String enterprise,
                         @RequestParam(required = false) String jurisdiction,
                         @RequestParam(required = false) String kind, @RequestParam(required = false) String severity,
                         @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(defaultValue = "500") int limit) {
        if (!state.equals("active") && !state.equals("all")) {
            throw InvalidInputException.of("state", "active or all");
        }
        if (limit < 1 || limit > 5000) {
            throw InvalidInputException.of("limit", "1 to 5000");
        }
        String under = jurisdiction == null ? null : jurisdictions.visible(actor, jurisdiction).path();
        Instant since = time("from", from);
        Instant until = time("to", to);
        List<AlarmView> own = queries.list(actor, new AlarmQueries.Filter(state.equals("active"), enterprise, under,
                kind, severity, since, until, limit));
        ForwardedAlarms cascade = forwarded.getIfAvailable();
        if (cascade == null) {
            return own;
        }
        // cascade (SPEC §12): a city's alarms forwarded here (with their origin) and the silent cities' alarms, the
        // same filters applied, merged into one list newest first
        ForwardedAlarms.Query query = new ForwardedAlarms.Query(state.equals("active"), null, enterprise,
                named(AlarmKind.class, "kind", kind), named(Severity.class, "severity", severity), since, until);
        List<AlarmView> others = cascade.find(actor.scope().under(under), query, limit).items();
        if (others.isEmpty()) {
            return own;
        }
        return Stream.concat(own.stream(), others.stream()).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @GetMapping("/api/v1/alarms/{id}")
    Detail one(Actor actor, @PathVariable UUID id) {
        Optional<AlarmView> alarm = queries.one(actor, id);
        if (alarm.isPresent()) {
            return new Detail(alarm.get(), queries.transitions(id));
        }
        // a forwarded alarm's transitions stay on the platform that raised it; its state is the newest version's
        ForwardedAlarms cascade = forwarded.getIfAvailable();
        return (cascade == null ? Optional.<AlarmView>empty() : cascade.alarm(actor, id))
                .map(a -> new Detail(a, List.of()))
                .orElseThrow(() -> new NotFoundException("alarm", id.toString()));
    }

    @PostMapping("/api/v1/alarms/{id}/ack")
    AlarmView acknowledge(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Ack body) {
        return operations.acknowledge(actor, id, body == null ? null : body.comment());
    }

    @PostMapping("/api/v1/alarms/{id}/shelve")
    AlarmView shelve(Actor actor, @PathVariable UUID id, @RequestBody Shelve body) {
        return operations.shelve(actor, id, body.reason(), body.until() == null ? null : body.until().toInstant());
    }

    @PostMapping("/api/v1/alarms/{id}/unshelve")
    AlarmView unshelve(Actor actor, @PathVariable UUID id) {
        return operations.unshelve(actor, id);
    }

    @GetMapping(path = "/api/v1/alarms/stream", produces = "text/event-stream")
    SseEmitter stream(Actor actor) {
        return stream.subscribe(actor);
    }

    @GetMapping("/api/v1/alarms/suppressions")
    List<SuppressionView> standingSuppressions(Actor actor, @RequestParam(required = false) String enterprise) {
        return suppressions.standing(actor, enterprise);
    }

    @PostMapping("/api/v1/alarms/suppressions")
    @ResponseStatus(HttpStatus.CREATED)
    SuppressionView suppress(Actor actor, @RequestBody Suppress body) {
        return suppressions.suppress(actor, body.target(), body.reason());
    }

    @DeleteMapping("/api/v1/alarms/suppressions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(Actor actor, @PathVariable UUID id) {
        suppressions.lift(actor, id);
    }

    @PutMapping("/api/v1/alarms/rate-limits/{pointCode}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rateLimit(Actor actor, @PathVariable String pointCode, @RequestBody RateLimit body) {
        rateLimits.set(actor, pointCode, body.perMinute());
    }

    /** The episode's state does not allow it (e.g. acknowledged twice): 409, nothing changed. */
    @ExceptionHandler(AlarmOperationRefused.class)
    ProblemDetail refused(AlarmOperationRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible in the alarm's state");
        problem.setProperty("errors", List.of(Map.of("field", "state", "reason", e.getMessage())));
        return problem;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Instant time(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "an ISO-8601 time with offset is required, e.g. "
                    + "2026-11-30T08:00:00+08:00");
        }
    }
}
