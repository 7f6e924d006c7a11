package org.hazwatch.platform.demo.inbox;

import java.util.List;
import org.hazwatch.platform.org.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/demo/inbox}: what the demo's channels delivered, for the platform admin and regulators. */
@RestController
@ConditionalOnProperty(name = "hazwatch.demo.inbox.smpp-port")
class DemoInboxController {

    private final DemoInbox inbox;

    DemoInboxController(DemoInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/demo/inbox")
    List<DemoInboxMessage> inbox(Actor actor) {
        if (actor.role().isEnterprise()) {
            throw new AccessDeniedException("the demo inbox is for the platform admin and regulators");
        }
        return inbox.messages();
    }
}
