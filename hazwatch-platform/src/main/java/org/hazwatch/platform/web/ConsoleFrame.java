package org.hazwatch.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.CurrentActor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the console's frame ({@code layout.html}) shows on every page of the web package: who is signed in
 * ({@code actor}, {@code displayName}), their role and where they stand ({@code place}: the jurisdiction's name,
 * the enterprise's name, or 全国 for the platform admin), and the zone times are shown in ({@code zone}).
 */
@ControllerAdvice(basePackageClasses = ConsoleFrame.class)
class ConsoleFrame {

    private final Registry registry;
    private final Jurisdictions jurisdictions;
    private final Shown shown;

    ConsoleFrame(Registry registry, Jurisdictions jurisdictions, Shown shown) {
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.shown = shown;
    }

    /**
     * Not on the dispatch that ends a live stream (an SSE emitter completing, at the latest at shutdown): no page is
     * drawn then, and the database may already be going away.
     */
    @ModelAttribute
    void frame(Model model, HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            return;
        }
        model.addAttribute("zone", shown.zone());
        CurrentActor.actor().ifPresent(actor -> {
            model.addAttribute("actor", actor);
            model.addAttribute("displayName", CurrentActor.displayName().orElse(actor.username()));
            model.addAttribute("place", place(actor));
        });
    }

    String place(Actor actor) {
        if (actor.isPlatformAdmin()) {
            return "全国";
        }
        if (actor.role().isEnterprise()) {
            return registry.enterprise(actor.enterpriseCode()).map(RegisteredEnterprise::name)
                    .orElse(actor.enterpriseCode());
        }
        return jurisdictions.find(actor.jurisdictionCode()).map(Jurisdiction::name).orElse(actor.jurisdictionCode());
    }
}
