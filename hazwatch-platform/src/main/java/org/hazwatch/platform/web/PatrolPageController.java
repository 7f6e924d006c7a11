package org.hazwatch.platform.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.inspection.ComplianceView;
import org.hazwatch.platform.inspection.PatrolRecordView;
import org.hazwatch.platform.inspection.Patrols;
import org.hazwatch.platform.inspection.TodaysPatrol;
import org.hazwatch.platform.inspection.rules.PatrolEntry;
import org.hazwatch.platform.inspection.rules.PatrolItem;
import org.hazwatch.platform.inspection.rules.PatrolResult;
import org.hazwatch.platform.inspection.rules.PatrolRound;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.Attachments;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The regulators' patrol pages (巡查抽查): today's list with the rounds, the record form with the pre-filled items
 * and their evidence, a saved record with its snapshots and "下发整改通知" on each abnormal item, and compliance.
 */
@Controller
class PatrolPageController {

    private final Patrols patrols;
    private final Shown shown;

    PatrolPageController(Patrols patrols, Shown shown) {
        this.patrols = patrols;
        this.shown = shown;
    }

    @GetMapping("/patrols")
    String today(Actor actor, @RequestParam(required = false) String jurisdiction,
                 @RequestParam(required = false) String enterprise, Model model) {
        TodaysPatrol today = patrols.today(actor, blank(jurisdiction));
        model.addAttribute("today", today);
        model.addAttribute("settings", patrols.settingsInForce(actor, today.jurisdiction()));
        model.addAttribute("results", PatrolResult.values());
        model.addAttribute("rounds", PatrolRound.values());
        if (enterprise != null && !enterprise.isBlank()) {
            model.addAttribute("form", today.enterprises().stream().filter(e -> e.enterpriseCode().equals(enterprise))
                    .findFirst().orElse(null));
            if (!model.containsAttribute("errors")) {
                model.addAttribute("errors", List.of());
            }
        }
        return "patrols";
    }

    /** The record form: one result and note per item ({@code result_DATA_ONLINE}, {@code note_DATA_ONLINE}). */
    @PostMapping("/patrols")
    String record(Actor actor, @RequestParam Map<String, String> form,
                  @RequestParam(name = "file", required = false) List<MultipartFile> files, Model model)
            throws IOException {
        List<PatrolEntry> items = new ArrayList<>();
        for (PatrolItem item : PatrolItem.values()) {
            String result = form.get("result_" + item.name());
            if (result != null && !result.isBlank()) {
                items.add(new PatrolEntry(item, PatrolResult.valueOf(result), form.get("note_" + item.name())));
            }
        }
        String round = form.get("round");
        PatrolRecordView saved;
        try {
            saved = patrols.record(actor, new Patrols.NewPatrol(form.get("enterpriseCode"),
                    round == null || round.isBlank() ? null : PatrolRound.valueOf(round), items, form.get("note")));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems());
            return today(actor, form.get("jurisdiction"), form.get("enterpriseCode"), model);
        }
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    patrols.addSnapshot(actor, saved.id(), f.getOriginalFilename(), f.getBytes());
                }
            }
        }
        return "redirect:/patrols/records/" + saved.id();
    }

    @GetMapping("/patrols/records/{id}")
    String one(Actor actor, @PathVariable UUID id, Model model) {
        PatrolRecordView record = patrols.one(actor, id);
        model.addAttribute("record", record);
        model.addAttribute("recordedAt", shown.time(record.recordedAt()));
        return "patrol-record";
    }

    @PostMapping("/patrols/records/{id}/snapshots")
    String snapshots(Actor actor, @PathVariable UUID id, @RequestParam("file") List<MultipartFile> files)
            throws IOException {
        for (MultipartFile f : files) {
            if (!f.isEmpty()) {
                patrols.addSnapshot(actor, id, f.getOriginalFilename(), f.getBytes());
            }
        }
        return "redirect:/patrols/records/" + id;
    }

    @GetMapping("/patrols/records/{id}/snapshots/{attachment}")
    ResponseEntity<byte[]> snapshot(Actor actor, @PathVariable UUID id, @PathVariable String attachment) {
        Attachments.Content content = patrols.snapshot(actor, id, attachment);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType())).body(content.bytes());
    }

    @GetMapping("/patrols/compliance")
    String compliance(Actor actor, @RequestParam(required = false) String jurisdiction,
                      @RequestParam(required = false) String day, Model model) {
        LocalDate today = patrols.today();
        LocalDate shown = today;
        if (day != null && !day.isBlank()) {
            try {
                shown = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                shown = today;
            }
        }
        ComplianceView view = patrols.compliance(actor, blank(jurisdiction), shown.isAfter(today) ? today : shown);
        model.addAttribute("c", view);
        model.addAttribute("settings", patrols.settingsInForce(actor, view.jurisdiction()));
        model.addAttribute("day", view.day());
        model.addAttribute("today", today);
        return "patrol-compliance";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
