package org.hazwatch.platform.web;

import java.util.List;
import org.hazwatch.platform.disposal.DisposalView;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.disposal.rules.CaseState;
import org.hazwatch.platform.org.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An enterprise's warnings with their handling (htmx partials, refetched on the live feed's {@code warnings}
 * signal): on the enterprise page those being handled and the last closed ones; on the console those waiting to be
 * signed for, with their countdown.
 */
@Controller
class EnterpriseWarningController {

    private static final int CLOSED_SHOWN = 5;

    private final EnterpriseViews views;
    private final Disposals disposals;

    EnterpriseWarningController(EnterpriseViews views, Disposals disposals) {
        this.views = views;
        this.disposals = disposals;
    }

    @GetMapping("/enterprises/{code}/warnings")
    String list(Actor actor, @PathVariable String code, Model model) {
        views.enterprise(actor, code);
        model.addAttribute("code", code);
        model.addAttribute("cases", ofEnterprise(actor, code));
        return "enterprise/warnings :: warnings";
    }

    @GetMapping("/console/warnings")
    String awaitingSignFor(Actor actor, Model model) {
        model.addAttribute("awaiting", awaiting(actor));
        return "console/warnings :: awaiting";
    }

    /** Open cases first (newest first), then the last few closed. */
    List<DisposalView> ofEnterprise(Actor actor, String code) {
        List<DisposalView> all = disposals.list(actor, code, null, false, 100);
        List<DisposalView> open = all.stream().filter(c -> c.state() != CaseState.CLOSED).toList();
        List<DisposalView> closed = all.stream().filter(c -> c.state() == CaseState.CLOSED).limit(CLOSED_SHOWN)
                .toList();
        return java.util.stream.Stream.concat(open.stream(), closed.stream()).toList();
    }

    /** The enterprise user's warnings waiting for sign-for, the nearest deadline first. */
    List<DisposalView> awaiting(Actor actor) {
        if (!actor.role().isEnterprise()) {
            return List.of();
        }
        return disposals.list(actor, actor.enterpriseCode(), CaseState.PUSHED, false, 50).stream()
                .sorted(java.util.Comparator.comparing(DisposalView::deadline,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
    }
}
