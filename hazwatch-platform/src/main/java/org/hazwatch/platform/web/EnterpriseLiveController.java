package org.hazwatch.platform.web;

import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.Registry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The enterprise page's live feed (Server-Sent Events over the web session); 404 for an enterprise out of scope. */
@RestController
class EnterpriseLiveController {

    private final EnterpriseViews views;
    private final Registry registry;
    private final EnterpriseLiveFeed feed;

    EnterpriseLiveController(EnterpriseViews views, Registry registry, EnterpriseLiveFeed feed) {
        this.views = views;
        this.registry = registry;
        this.feed = feed;
    }

    @GetMapping(path = "/live/enterprises/{code}", produces = "text/event-stream")
    SseEmitter live(Actor actor, @PathVariable String code) {
        views.enterprise(actor, code);
        return feed.subscribe(code, registry.pointsOf(code));
    }
}
