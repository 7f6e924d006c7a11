package org.hazwatch.platform.demo.inbox;

import java.util.List;
import java.util.Set;
import org.hazwatch.platform.notify.Notifications;
import org.hazwatch.platform.org.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/demo/inbox}: what the demo's channels delivered, scoped as the notifications are (issue 19). */
@RestController
@ConditionalOnProperty(name = "hazwatch.demo.inbox.smpp-port")
class DemoInboxController {

    private final DemoInbox inbox;
    private final Notifications notifications;

    DemoInboxController(DemoInbox inbox, Notifications notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    /** The platform admin reads every message; anyone else those sent to where deliveries about what they see went. */
    @GetMapping("/api/v1/demo/inbox")
    List<DemoInboxMessage> inbox(Actor actor) {
        if (actor.isPlatformAdmin()) {
            return inbox.messages();
        }
        Set<String> reached = notifications.addressesReachedAbout(actor);
        return inbox.messages().stream().filter(m -> reached.contains(m.address())).toList();
    }
}
