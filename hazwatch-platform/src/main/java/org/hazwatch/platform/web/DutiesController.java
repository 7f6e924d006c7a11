package org.hazwatch.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hazwatch.platform.commitment.CommitmentBoard;
import org.hazwatch.platform.commitment.CommitmentBoards;
import org.hazwatch.platform.org.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regulator's commitment board (承诺公告) of a day: every enterprise of the jurisdiction committed on time, late,
 * not at all or still before its deadline, with the rates; a date picker chooses the day (today by default).
 */
@Controller
class DutiesController {

    private final CommitmentBoards boards;
    private final Clock clock;
    private final Shown times;

    DutiesController(CommitmentBoards boards, Clock clock, Shown shown) {
        this.boards = boards;
        this.clock = clock;
        this.times = shown;
    }

    @GetMapping("/duties")
    String board(Actor actor, @RequestParam(required = false) String day,
                 @RequestParam(required = false) String jurisdiction, Model model) {
        LocalDate today = times.today(clock);
        LocalDate shown = today;
        if (day != null && !day.isBlank()) {
            try {
                shown = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                shown = today;
            }
        }
        if (shown.isAfter(today)) {
            shown = today;
        }
        CommitmentBoard board = boards.board(actor, jurisdiction == null || jurisdiction.isBlank() ? null
                : jurisdiction, shown);
        model.addAttribute("board", board);
        model.addAttribute("day", shown);
        model.addAttribute("today", today);
        model.addAttribute("rows", board.enterprises().stream().map(r -> new Row(r.enterpriseCode(), r.name(),
                r.status().name(), times.time(r.deadline()), times.time(r.firstSubmittedAt()),
                r.versions() == null ? 0 : r.versions())).toList());
        return "duties";
    }

    /** A line of the board as shown: times in the platform's zone. */
    record Row(String code, String name, String status, String deadline, String firstSubmitted, int versions) {
    }
}
