package org.hazwatch.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.Registry;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The regulator's overview (总览, 一张图) of the jurisdiction, as a laptop page ({@code /}) and as the large screen
 * ({@code /screen}); the cards as a fragment the pages reload; the live feed. Enterprise users go to their duty
 * console instead.
 */
@Controller
class OverviewController {

    private static final int MAX_TABLE = 500;

    private final OverviewAssembler assembler;
    private final OverviewFeed feed;
    private final Registry registry;
    private final MessageSource messages;

    OverviewController(OverviewAssembler assembler, OverviewFeed feed, Registry registry, MessageSource messages) {
        this.assembler = assembler;
        this.feed = feed;
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/")
    String overview(Actor actor, Locale locale, Model model) {
        if (actor.role().isEnterprise()) {
            return "redirect:/console";
        }
        Overview overview = assembler.of(actor, locale);
        model.addAttribute("overview", overview);
        model.addAttribute("cards", overview.cards());
        List<Overview.MapEnterprise> rows = overview.enterprises().stream().limit(MAX_TABLE).toList();
        Map<String, List<HazardSourceView>> sources = registry.hazardSourcesOf(rows.stream()
                .map(Overview.MapEnterprise::code).toList());
        model.addAttribute("table", new EnterpriseTable(rows.stream()
                .map(e -> new EnterpriseRow(e, sources.getOrDefault(e.code(), List.of()))).toList(), messages, locale));
        return "overview";
    }

    @GetMapping("/screen")
    String screen(Actor actor, Locale locale, Model model) {
        if (actor.role().isEnterprise()) {
            return "redirect:/console";
        }
        Overview overview = assembler.of(actor, locale);
        model.addAttribute("overview", overview);
        model.addAttribute("cards", overview.cards());
        return "screen";
    }

    /** The cards alone, for the pages' periodic refresh: their figures only, not the whole overview. */
    @GetMapping("/overview/cards")
    String cards(Actor actor, Model model) {
        model.addAttribute("cards", assembler.cards(actor));
        return "overview :: cards";
    }

    @GetMapping(path = "/live/overview", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(Actor actor, Locale locale) {
        return feed.subscribe(actor, locale);
    }

    static List<String> levels() {
        return List.of("RED", "ORANGE", "YELLOW", "BLUE", "NONE");
    }
}
