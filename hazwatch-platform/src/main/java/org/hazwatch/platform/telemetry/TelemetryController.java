package org.hazwatch.platform.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Live values and series (实时数据查询). Times are ISO-8601 with offset; the default span is the last 24 hours. */
@RestController
class TelemetryController {

    private final Telemetry queries;
    private final Clock clock;

    TelemetryController(Telemetry queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/enterprises/{code}/live")
    EnterpriseLive live(Actor actor, @PathVariable String code) {
        return queries.live(actor, code);
    }

    @GetMapping("/api/v1/points/{code}/series")
    Series series(Actor actor, @PathVariable String code, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(defaultValue = "500") int maxPoints) {
        Instant end = to == null ? clock.instant() : time("to", to);
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : time("from", from);
        return queries.series(actor, code, start, end, maxPoints);
    }

    private static Instant time(String field, String text) {
        try {
            return OffsetDateTime.parse(text.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "an ISO-8601 time with offset is required, e.g. "
                    + "2026-11-30T08:00:00+08:00");
        }
    }
}
