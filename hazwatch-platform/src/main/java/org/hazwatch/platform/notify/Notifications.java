package org.hazwatch.platform.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.warning.Warnings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications (通知推送) as other features and the API use them. */
@Service
public class Notifications {

    private final WarningReminders reminders;
    private final NotificationQueries queries;
    private final Dispatcher dispatcher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Warnings warnings;

    Notifications(WarningReminders reminders, NotificationQueries queries, Dispatcher dispatcher,
                  TransactionTemplate tx, Clock clock, Warnings warnings) {
        this.warnings = warnings;
        this.reminders = reminders;
        this.queries = queries;
        this.dispatcher = dispatcher;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Stops the repeat reminders of a warning — it was signed for (签收). Call it in the transaction that records
     * the sign-for; returns false when they had stopped already.
     */
    public boolean stopRepeating(UUID warningId) {
        Boolean stopped = tx.execute(s -> reminders.stop(warningId, "signed-for", clock.instant()));
        return Boolean.TRUE.equals(stopped);
    }

    /** Writes the repeat reminders due at {@code now} and sends every delivery due then (scheduled work, tests). */
    public void tick(Instant now) {
        reminders.remind(now);
        dispatcher.dispatch(now);
    }

    /**
     * The deliveries about a warning, per recipient and channel; 404 alike for a warning that does not exist and
     * for one the actor does not see, so the answer does not tell which warnings exist.
     */
    public List<DeliveryView> deliveriesOf(Actor actor, UUID warningId) {
        List<DeliveryView> found = queries.deliveriesOf(actor, warningId);
        if (found.isEmpty()) {
            warnings.one(actor, warningId);
        }
        return found;
    }

    /** The addresses (phones, robots, mailboxes) that deliveries about what the actor sees went to. */
    public Set<String> addressesReachedAbout(Actor actor) {
        return queries.addressesReachedAbout(actor);
    }

    public List<NotificationView> list(Actor actor, String enterprise, String kind, int limit) {
        return queries.notifications(actor, enterprise, kind, limit);
    }
}
