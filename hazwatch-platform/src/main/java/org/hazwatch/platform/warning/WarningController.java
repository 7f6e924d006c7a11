package org.hazwatch.platform.warning;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Page;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The warning API (预警): list, one warning with its factors, its history. */
@RestController
class WarningController {

    private final Warnings warnings;

    WarningController(Warnings warnings) {
        this.warnings = warnings;
    }

    @GetMapping("/api/v1/warnings")
    Page<WarningView> list(Actor actor, @RequestParam(required = false) String level,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String enterprise,
                           @RequestParam(required = false) String jurisdiction,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return warnings.list(actor, new WarningView.Filter(level(level), status, enterprise, jurisdiction,
                time("from", from), time("to", to), page, size));
    }

    @GetMapping("/api/v1/warnings/{id}")
    WarningView one(Actor actor, @PathVariable UUID id) {
        return warnings.one(actor, id);
    }

    @GetMapping("/api/v1/warnings/{id}/history")
    List<WarningView.HistoryEntry> history(Actor actor, @PathVariable UUID id) {
        return warnings.history(actor, id);
    }

    private static WarningLevel level(String level) {
        if (level == null) {
            return null;
        }
        try {
            return WarningLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("level", "RED, ORANGE, YELLOW or BLUE");
        }
    }

    private static java.time.Instant time(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "an ISO-8601 time with offset, e.g. 2026-11-30T08:00:00+08:00");
        }
    }
}
