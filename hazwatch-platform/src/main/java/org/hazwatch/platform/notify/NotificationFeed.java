package org.hazwatch.platform.notify;

import java.util.List;
import java.util.function.Consumer;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.SseFanOut;
import org.springframework.stereotype.Component;

/**
 * The in-app feed (站内消息推送) as the web console and the SSE API use it: subscribers receive the items of the
 * enterprises they see, on a thread of the feed's own; {@link #recent} reads the last ones from the delivery
 * records, for a page that has just loaded.
 */
@Component
public class NotificationFeed implements SseFanOut.Owner {

    /** A subscription; closing it stops the items. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscriber(Actor actor, Consumer<FeedItem> consumer) {
    }

    private final SseFanOut<Subscriber> fanOut = new SseFanOut<>("notify-feed");
    private final NotificationQueries queries;

    NotificationFeed(NotificationQueries queries) {
        this.queries = queries;
    }

    /** Delivers every future item the actor may see to {@code consumer}, until the subscription is closed. */
    public Subscription subscribe(Actor actor, Consumer<FeedItem> consumer) {
        return subscribe(actor, consumer, () -> { });
    }

    /** As above; {@code onStop} runs when the platform shuts down, to close a never-ending response. */
    Subscription subscribe(Actor actor, Consumer<FeedItem> consumer, Runnable onStop) {
        Runnable end = fanOut.add(new Subscriber(actor, consumer), onStop);
        return end::run;
    }

    /** The last {@code limit} (at most 50) feed items the actor may see, newest first. */
    public List<FeedItem> recent(Actor actor, int limit) {
        return queries.recentFeed(actor, Math.max(1, Math.min(50, limit)));
    }

    int subscribers() {
        return fanOut.size();
    }

    void publish(FeedItem item, String jurisdictionPath) {
        fanOut.later(() -> fanOut.deliverNow(s -> s.actor().sees(item.enterpriseCode(), jurisdictionPath),
                s -> s.consumer().accept(item)));
    }

    /** Starts and stops with the platform; stopping runs each subscriber's {@code onStop}. */
    @Override
    public SseFanOut<?> fanOut() {
        return fanOut;
    }
}
