package org.hazwatch.platform.custody;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.custody.rules.CheckRecord;
import org.hazwatch.platform.custody.rules.ChecklistItem;
import org.hazwatch.platform.custody.rules.CustodyRole;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The custody API (包保履职): duties and their due times, checks, the regulator's overdue list. */
@RestController
class CustodyController {

    record NewCheck(String hazardSourceCode, CustodyRole role, OffsetDateTime checkedAt,
                    Map<ChecklistItem, Boolean> checklist, String findings, List<String> photos) {
    }

    private final Custody custody;

    CustodyController(Custody custody) {
        this.custody = custody;
    }

    @GetMapping("/api/v1/enterprises/{code}/custody")
    List<CustodyDuty> duties(Actor actor, @PathVariable String code) {
        return custody.duties(actor, code);
    }

    @GetMapping("/api/v1/enterprises/{code}/custody/checks")
    List<CheckView> checks(Actor actor, @PathVariable String code,
                           @RequestParam(required = false) String hazardSource,
                           @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 2000) {
            throw InvalidInputException.of("limit", "1 to 2000");
        }
        return custody.checks(actor, code, hazardSource, limit);
    }

    @PostMapping("/api/v1/enterprises/{code}/custody/checks")
    @ResponseStatus(HttpStatus.CREATED)
    CheckView record(Actor actor, @PathVariable String code, @RequestBody NewCheck body) {
        return custody.record(actor, code, new CheckRecord(body.hazardSourceCode(), body.role(),
                body.checkedAt() == null ? null : body.checkedAt().toInstant(), body.checklist(), body.findings(),
                body.photos()));
    }

    @GetMapping("/api/v1/custody/overdue")
    List<CustodyDuty> overdue(Actor actor, @RequestParam(required = false) String jurisdiction) {
        return custody.overdue(actor, jurisdiction);
    }
}
