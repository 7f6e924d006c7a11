package org.hazwatch.platform.notify;

import org.springframework.stereotype.Component;

/**
 * The in-app feed as a channel ({@code feed}): the delivery's address is the enterprise code; everyone subscribed
 * who sees that enterprise receives the item. The delivery record keeps it for {@link NotificationFeed#recent}.
 */
@Component
class FeedChannel implements Channel {

    static final String NAME = "feed";

    private final NotificationFeed feed;
    private final NotificationQueries queries;

    FeedChannel(NotificationFeed feed, NotificationQueries queries) {
        this.feed = feed;
        this.queries = queries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        return queries.feedItem(message.idempotencyKey())
                .map(f -> {
                    feed.publish(f.item(), f.jurisdictionPath());
                    return Delivery.delivered(null);
                })
                .orElseGet(() -> Delivery.rejected("通知记录不存在"));
    }
}
