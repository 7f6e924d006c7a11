package org.hazwatch.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.alarm.AlarmSearch;
import org.hazwatch.platform.alarm.AlarmView;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmKind;
import org.hazwatch.platform.alarm.rules.AlarmOperationRefused;
import org.hazwatch.platform.alarm.rules.EpisodeState;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.NotFoundException;
import org.hazwatch.platform.video.Clips;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alarm list (报警查询): every alarm in the reader's scope, filtered by the day it was raised, enterprise, kind,
 * severity and state, a page at a time; acknowledged from the list by the enterprise's people (the same audited
 * operation as on the enterprise page); the filtered list as an Excel workbook.
 */
@Controller
class AlarmListController {

    static final int PAGE_SIZE = 50;
    static final int DEFAULT_DAYS = 7;

    private final AlarmSearch search;
    private final Alarms alarms;
    private final Registry registry;
    private final AlarmWorkbook workbook;
    private final Shown shown;
    private final Clock clock;
    private final Clips clips;

    AlarmListController(AlarmSearch search, Alarms alarms, Registry registry,
                        AlarmWorkbook workbook, Shown shown, Clock clock, Clips clips) {
        this.clips = clips;
        this.search = search;
        this.alarms = alarms;
        this.registry = registry;
        this.workbook = workbook;
        this.shown = shown;
        this.clock = clock;
    }

    @GetMapping("/alarms")
    String list(Actor actor, @ModelAttribute("filter") AlarmFilter filter, Model model) {
        filter.defaults(shown.today(clock).minusDays(DEFAULT_DAYS - 1L), shown.today(clock), shown.zone());
        AlarmSearch.Found found = search.find(actor, filter.getJurisdiction(), criteria(filter), filter.getPage(), PAGE_SIZE);
        List<RegisteredEnterprise> enterprises = actor.role().isEnterprise() ? List.of()
                : registry.visibleEnterprises(actor, blankToNull(filter.getJurisdiction()), 0, 500).items();
        model.addAttribute("found", found);
        model.addAttribute("names", names(found.items(), enterprises));
        model.addAttribute("enterprises", enterprises);
        model.addAttribute("kinds", AlarmKind.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("states", EpisodeState.values());
        model.addAttribute("canHandle", actor.role() != Role.REGULATOR);
        model.addAttribute("query", filter.query());
        // video-clips: the event clip holding each alarm's moment, if any (▶ 录像)
        model.addAttribute("clips", clips.forAlarms(found.items()));
        return "alarms/list";
    }

    @GetMapping("/alarms/export.xlsx")
    ResponseEntity<byte[]> export(Actor actor, @ModelAttribute("filter") AlarmFilter filter) throws IOException {
        filter.defaults(shown.today(clock).minusDays(DEFAULT_DAYS - 1L), shown.today(clock), shown.zone());
        AlarmSearch.Found found = search.find(actor, filter.getJurisdiction(), criteria(filter), 0, AlarmSearch.MOST);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(found, names(found.items(), List.of()), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("alarms-" + filter.getFrom() + "-" + filter.getTo() + ".xlsx").build().toString())
                .body(out.toByteArray());
    }

    /** Acknowledges from the list; back to the same filtered page, with the refusal said at the top. */
    @PostMapping("/alarms/{id}/ack")
    String acknowledge(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String comment,
                       @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        alarms.one(actor, id).orElseThrow(() -> new NotFoundException("alarm", id.toString()));
        try {
            alarms.acknowledge(actor, id, comment);
            redirect.addFlashAttribute("acknowledged", id);
        } catch (AlarmOperationRefused e) {
            redirect.addFlashAttribute("refused", id);
        }
        return "redirect:/alarms" + (back.startsWith("?") ? back : "");
    }

    static AlarmSearch.Criteria criteria(AlarmFilter f) {
        return new AlarmSearch.Criteria(f.fromInstant(), f.toInstant(), blankToNull(f.getEnterprise()),
                f.kind(), f.severity(), f.state());
    }

    private Map<String, String> names(List<AlarmView> items, List<RegisteredEnterprise> known) {
        Map<String, String> names = new LinkedHashMap<>();
        known.forEach(e -> names.put(e.code(), e.name()));
        items.stream().filter(a -> a.enterpriseCode() != null).forEach(a -> names.computeIfAbsent(a.enterpriseCode(),
                c -> registry.enterprise(c).map(RegisteredEnterprise::name).orElse(c)));
        return names;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
