package org.hazwatch.platform.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.filing.rules.FilingRequest;
import org.hazwatch.platform.filing.rules.FilingScope;
import org.hazwatch.platform.filing.rules.FilingType;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The filing API (报备): file, list, read, acknowledge, query, withdraw. */
@RestController
class FilingController {

    record NewFiling(FilingType type, FilingScope scope, List<String> targets, OffsetDateTime from,
                     OffsetDateTime until, String reason) {
    }

    record Answer(String comment) {
    }

    private final Filings filings;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    FilingController(Filings filings, Jurisdictions jurisdictions, Clock clock) {
        this.filings = filings;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @PostMapping("/api/v1/enterprises/{code}/filings")
    @ResponseStatus(HttpStatus.CREATED)
    FilingView submit(Actor actor, @PathVariable String code, @RequestBody NewFiling body) {
        return filings.submit(actor, code, new FilingRequest(body.type(), body.scope(), body.targets(),
                body.from() == null ? null : body.from().toInstant(),
                body.until() == null ? null : body.until().toInstant(), body.reason()));
    }

    /** {@code active=true}: only those in force now; {@code at}: in force at that time. */
    @GetMapping("/api/v1/filings")
    List<FilingView> list(Actor actor, @RequestParam(required = false) String jurisdiction,
                          @RequestParam(required = false) String enterprise,
                          @RequestParam(defaultValue = "false") boolean active,
                          @RequestParam(required = false) OffsetDateTime at,
                          @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 2000) {
            throw InvalidInputException.of("limit", "1 to 2000");
        }
        Instant when = at != null ? at.toInstant() : active ? clock.instant() : null;
        return filings.list(jurisdictions.scope(actor, jurisdiction), enterprise, when, limit);
    }

    @GetMapping("/api/v1/filings/{id}")
    FilingView one(Actor actor, @PathVariable UUID id) {
        return filings.one(actor, id);
    }

    @PostMapping("/api/v1/filings/{id}/acknowledge")
    FilingView acknowledge(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Answer body) {
        return filings.acknowledge(actor, id, body == null ? null : body.comment());
    }

    @PostMapping("/api/v1/filings/{id}/query")
    FilingView query(Actor actor, @PathVariable UUID id, @RequestBody Answer body) {
        return filings.query(actor, id, body == null ? null : body.comment());
    }

    @PostMapping("/api/v1/filings/{id}/withdraw")
    FilingView withdraw(Actor actor, @PathVariable UUID id) {
        return filings.withdraw(actor, id);
    }
}
