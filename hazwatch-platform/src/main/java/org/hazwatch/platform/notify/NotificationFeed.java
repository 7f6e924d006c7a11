package org.hazwatch.platform.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.hazwatch.platform.org.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The in-app feed (站内消息推送) as the web console and the SSE API use it: subscribers receive the items of the
 * enterprises they see, on a thread of the feed's own; {@link #recent} reads the last ones from the delivery
 * records, for a page that has just loaded.
 */
@Component
public class NotificationFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationFeed.class);

    /** A subscription; closing it stops the items. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscriber(Actor actor, Consumer<FeedItem> consumer, Runnable onStop) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final NotificationQueries queries;
    private volatile ExecutorService sender;
    private volatile boolean running;

    NotificationFeed(NotificationQueries queries) {
        this.queries = queries;
    }

    /** Delivers every future item the actor may see to {@code consumer}, until the subscription is closed. */
    public Subscription subscribe(Actor actor, Consumer<FeedItem> consumer) {
        return subscribe(actor, consumer, () -> { });
    }

    /** As above; {@code onStop} runs when the platform shuts down, to close a never-ending response. */
    Subscription subscribe(Actor actor, Consumer<FeedItem> consumer, Runnable onStop) {
        Subscriber s = new Subscriber(actor, consumer, onStop);
        subscribers.add(s);
        return () -> subscribers.remove(s);
    }

    /** The last {@code limit} (at most 50) feed items the actor may see, newest first. */
    public List<FeedItem> recent(Actor actor, int limit) {
        return queries.recentFeed(actor, Math.max(1, Math.min(50, limit)));
    }

    int subscribers() {
        return subscribers.size();
    }

    void publish(FeedItem item, String jurisdictionPath) {
        if (!running || subscribers.isEmpty()) {
            return;
        }
        sender.execute(() -> {
            for (Subscriber s : subscribers) {
                if (s.actor().sees(item.enterpriseCode(), jurisdictionPath)) {
                    try {
                        s.consumer().accept(item);
                    } catch (RuntimeException e) {
                        log.debug("feed subscriber of {} dropped: {}", s.actor().username(), e.toString());
                        subscribers.remove(s);
                    }
                }
            }
        });
    }

    @Override
    public void start() {
        sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "notify-feed"));
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        subscribers.forEach(s -> s.onStop().run());
        subscribers.clear();
        sender.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
