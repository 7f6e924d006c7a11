package org.hazwatch.platform.commitment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.commitment.rules.CommitmentStatus;
import org.hazwatch.platform.org.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The commitment API (安全承诺): submit and correct, read a day, the regulator's list, deadlines. */
@RestController
class CommitmentController {

    record Day(LocalDate day, CommitmentStatus status, List<CommitmentView> versions) {
    }

    record Deadline(LocalTime deadline) {
    }

    private final Commitments commitments;
    private final CommitmentBoards boards;

    CommitmentController(Commitments commitments, CommitmentBoards boards) {
        this.commitments = commitments;
        this.boards = boards;
    }

    @PostMapping("/api/v1/enterprises/{code}/commitments")
    @ResponseStatus(HttpStatus.CREATED)
    CommitmentView submit(Actor actor, @PathVariable String code, @RequestParam(required = false) LocalDate day,
                          @RequestBody CommitmentForm form) {
        return commitments.submit(actor, code, day, form);
    }

    @GetMapping("/api/v1/enterprises/{code}/commitments/{day}")
    Day day(Actor actor, @PathVariable String code, @PathVariable LocalDate day) {
        List<CommitmentView> versions = commitments.versions(actor, code, day);
        return new Day(day, commitments.statusOn(code, day), versions);
    }

    @GetMapping("/api/v1/commitments")
    CommitmentBoard board(Actor actor, @RequestParam(required = false) String jurisdiction,
                          @RequestParam(required = false) LocalDate day) {
        return boards.board(actor, jurisdiction, day == null ? commitments.today() : day);
    }

    @GetMapping("/api/v1/commitment-deadlines/{jurisdiction}")
    Deadline deadline(Actor actor, @PathVariable String jurisdiction) {
        return new Deadline(boards.deadlineOn(actor, jurisdiction));
    }

    @PutMapping("/api/v1/commitment-deadlines/{jurisdiction}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setDeadline(Actor actor, @PathVariable String jurisdiction, @RequestBody Deadline body) {
        boards.setDeadline(actor, jurisdiction, body == null ? null : body.deadline());
    }
}
