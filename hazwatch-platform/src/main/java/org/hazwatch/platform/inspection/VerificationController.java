package org.hazwatch.platform.inspection;

import java.util.List;
import java.util.UUID;
import org.hazwatch.platform.inspection.rules.VerificationVerdict;
import org.hazwatch.platform.org.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Verification of alarms and warnings (核查). */
@RestController
class VerificationController {

    record Verdict(VerificationVerdict verdict, String note) {
    }

    private final Verifications verifications;

    VerificationController(Verifications verifications) {
        this.verifications = verifications;
    }

    @PostMapping("/api/v1/alarms/{id}/verification")
    @ResponseStatus(HttpStatus.CREATED)
    VerificationView verifyAlarm(Actor actor, @PathVariable UUID id, @RequestBody Verdict body) {
        return verifications.verifyAlarm(actor, id, body.verdict(), body.note());
    }

    @GetMapping("/api/v1/alarms/{id}/verification")
    List<VerificationView> ofAlarm(Actor actor, @PathVariable UUID id) {
        return verifications.ofAlarm(actor, id);
    }

    @PostMapping("/api/v1/warnings/{id}/verification")
    @ResponseStatus(HttpStatus.CREATED)
    VerificationView verifyWarning(Actor actor, @PathVariable UUID id, @RequestBody Verdict body) {
        return verifications.verifyWarning(actor, id, body.verdict(), body.note());
    }

    @GetMapping("/api/v1/warnings/{id}/verification")
    List<VerificationView> ofWarning(Actor actor, @PathVariable UUID id) {
        return verifications.ofWarning(actor, id);
    }
}
