package org.hazwatch.platform.warning;

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

/** When would the trend prediction have fired (趋势预测回放); the default span is the last 24 hours. */
@RestController
class PredictionReplayController {

    private final PredictionReplay replay;
    private final Clock clock;

    PredictionReplayController(PredictionReplay replay, Clock clock) {
        this.replay = replay;
        this.clock = clock;
    }

    @GetMapping("/api/v1/points/{code}/prediction-replay")
    PredictionReplayView replay(Actor actor, @PathVariable String code, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        Instant end = to == null ? clock.instant() : time("to", to);
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : time("from", from);
        return replay.replay(actor, code, start, end);
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
