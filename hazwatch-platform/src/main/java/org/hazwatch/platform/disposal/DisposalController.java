package org.hazwatch.platform.disposal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.disposal.rules.HandlingRefused;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The handling API (处置): sign for, feedback, verify, follow up, the case, its timeline and photos. */
@RestController
class DisposalController {

    record Verification(Boolean passed, String comment) {
    }

    /** @param deadline ISO-8601 with offset, e.g. {@code 2026-11-30T18:00:00+08:00} */
    record FollowUp(String instruction, String deadline) {
    }

    private final Disposals disposals;
    private final CaseReads reads;

    DisposalController(Disposals disposals, CaseReads reads) {
        this.disposals = disposals;
        this.reads = reads;
    }

    @PostMapping("/api/v1/warnings/{id}/sign-for")
    DisposalView signFor(Actor actor, @PathVariable UUID id) {
        return disposals.signFor(actor, id);
    }

    @PostMapping("/api/v1/warnings/{id}/feedback")
    DisposalView feedback(Actor actor, @PathVariable UUID id, @RequestBody FeedbackRequest body) {
        return disposals.feedback(actor, id, body);
    }

    @PostMapping("/api/v1/warnings/{id}/verify")
    DisposalView verify(Actor actor, @PathVariable UUID id, @RequestBody Verification body) {
        return disposals.verify(actor, id, body.passed(), body.comment());
    }

    @PostMapping("/api/v1/warnings/{id}/follow-up")
    DisposalView followUp(Actor actor, @PathVariable UUID id, @RequestBody FollowUp body) {
        OffsetDateTime deadline = null;
        if (body.deadline() != null) {
            try {
                deadline = OffsetDateTime.parse(body.deadline());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("deadline", "需要带时区的 ISO-8601 时间，例如 2026-11-30T18:00:00+08:00");
            }
        }
        return disposals.followUp(actor, id, body.instruction(), deadline == null ? null : deadline.toInstant());
    }

    @GetMapping("/api/v1/warnings/{id}/disposal")
    DisposalView one(Actor actor, @PathVariable UUID id) {
        return disposals.one(actor, id);
    }

    @GetMapping("/api/v1/warnings/{id}/timeline")
    List<TimelineEntry> timeline(Actor actor, @PathVariable UUID id) {
        return disposals.timeline(actor, id);
    }

    @GetMapping("/api/v1/warnings/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable UUID id, @PathVariable UUID photoId) {
        DisposalStore.Photo photo = reads.photo(actor, id, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.data());
    }

    /** {@code state}: a {@link CaseState} name; {@code overdue=true}: only cases past a deadline now. */
    @GetMapping("/api/v1/disposals")
    List<DisposalView> list(Actor actor, @RequestParam(required = false) String enterprise,
                            @RequestParam(required = false) String state,
                            @RequestParam(defaultValue = "false") boolean overdue,
                            @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 2000) {
            throw InvalidInputException.of("limit", "1 to 2000");
        }
        CaseState wanted;
        try {
            wanted = state == null || state.isBlank() ? null : CaseState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("state", "one of " + List.of(CaseState.values()));
        }
        return disposals.list(actor, enterprise, wanted, overdue, limit);
    }

    /** The case's state does not allow the step: 409 with the zh-CN reason, nothing changed. */
    @ExceptionHandler(HandlingRefused.class)
    ProblemDetail refused(HandlingRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("当前处置状态不允许此操作");
        problem.setProperty("errors", List.of(Map.of("field", "state", "reason", e.getMessage())));
        return problem;
    }
}
