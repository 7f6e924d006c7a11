package org.hazwatch.platform.notify;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazwatch.platform.notify.rules.NoticeKind;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The notification API (通知推送): deliveries of a warning, notifications, the in-app feed, regulators' contacts. */
@RestController
class NotifyController {

    /** Browsers reconnect after this; EventSource does so by itself. */
    private static final long FEED_TIMEOUT_MS = 30 * 60 * 1000L;

    private final Notifications notifications;
    private final NotificationFeed feed;
    private final ContactBook contacts;

    NotifyController(Notifications notifications, NotificationFeed feed, ContactBook contacts) {
        this.notifications = notifications;
        this.feed = feed;
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/warnings/{id}/deliveries")
    List<DeliveryView> deliveries(Actor actor, @PathVariable UUID id) {
        return notifications.deliveriesOf(actor, id);
    }

    @GetMapping("/api/v1/notifications")
    List<NotificationView> list(Actor actor, @RequestParam(required = false) String enterprise,
                                @RequestParam(required = false) String kind,
                                @RequestParam(defaultValue = "100") int limit) {
        if (kind != null && Arrays.stream(NoticeKind.values()).noneMatch(k -> k.name().equals(kind))) {
            throw InvalidInputException.of("kind", "one of " + Arrays.toString(NoticeKind.values()));
        }
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.of("limit", "1 to 1000");
        }
        return notifications.list(actor, enterprise, kind, limit);
    }

    /** The live in-app feed as Server-Sent Events: {@code notification} events of {@link FeedItem}. */
    @GetMapping(path = "/api/v1/notify/feed", produces = "text/event-stream")
    SseEmitter stream(Actor actor) {
        SseEmitter emitter = new SseEmitter(FEED_TIMEOUT_MS);
        NotificationFeed.Subscription[] subscription = new NotificationFeed.Subscription[1];
        subscription[0] = feed.subscribe(actor, item -> {
            try {
                emitter.send(SseEmitter.event().id(item.id()).name("notification").data(item,
                        MediaType.APPLICATION_JSON));
            } catch (IOException e) {
                throw new IllegalStateException("feed subscriber gone", e);
            }
        }, emitter::complete);
        emitter.onCompletion(() -> subscription[0].close());
        emitter.onTimeout(() -> subscription[0].close());
        emitter.onError(e -> subscription[0].close());
        try {
            emitter.send(SseEmitter.event().name("hello").data(Map.of("user", actor.username())));
        } catch (IOException e) {
            subscription[0].close();
        }
        return emitter;
    }

    @GetMapping("/api/v1/notify/feed/recent")
    List<FeedItem> recent(Actor actor, @RequestParam(defaultValue = "50") int limit) {
        return feed.recent(actor, limit);
    }

    @GetMapping("/api/v1/notify/contacts")
    List<Contact> contacts(Actor actor, @RequestParam(required = false) String jurisdiction) {
        return contacts.visible(actor, jurisdiction);
    }

    /** Replaces the contacts of one jurisdiction node. */
    @PutMapping("/api/v1/notify/contacts/{jurisdiction}")
    List<Contact> replace(Actor actor, @PathVariable String jurisdiction,
                          @RequestBody List<ContactBook.Entry> entries) {
        return contacts.replace(actor, jurisdiction, entries);
    }

    /** Adds one contact to a node (people, issue 16). */
    @PostMapping("/api/v1/notify/contacts/{jurisdiction}")
    @ResponseStatus(HttpStatus.CREATED)
    Contact add(Actor actor, @PathVariable String jurisdiction, @RequestBody ContactBook.Entry entry) {
        return contacts.add(actor, jurisdiction, entry);
    }

    @GetMapping("/api/v1/notify/contact-entries/{id}")
    Contact contact(Actor actor, @PathVariable UUID id) {
        return contacts.find(actor, id);
    }

    @PutMapping("/api/v1/notify/contact-entries/{id}")
    Contact update(Actor actor, @PathVariable UUID id, @RequestBody ContactBook.Entry entry) {
        return contacts.update(actor, id, entry);
    }

    @DeleteMapping("/api/v1/notify/contact-entries/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable UUID id) {
        contacts.remove(actor, id);
    }
}
