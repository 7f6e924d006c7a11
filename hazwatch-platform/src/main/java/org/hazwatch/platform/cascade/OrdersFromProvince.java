package org.hazwatch.platform.cascade;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hazwatch.platform.disposal.Disposals;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.org.Jurisdictions;
import org.hazwatch.platform.org.Role;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the city: the province's orders (督办, docs/CASCADE.md, down the chain), fetched in sequence and applied once
 * each — the order's number is recorded in the transaction of the follow-up — as made by a regulator of the province
 * named {@code 省级平台/<who ordered it>}, the mark of origin on the case's timeline. An order the city cannot apply
 * (the warning is unknown, the deadline passed while the city was away) is logged and passed over, never retried.
 */
@Component
class OrdersFromProvince {

    private static final Logger logger = LoggerFactory.getLogger(OrdersFromProvince.class);
    static final String ORIGIN_PREFIX = "省级平台/";

    private final Upstream upstream;
    private final CascadeCursors cursors;
    private final Disposals disposals;
    private final Jurisdictions jurisdictions;
    private final CascadeSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SupervisionOrders supervision;

    OrdersFromProvince(Upstream upstream, CascadeCursors cursors, Disposals disposals, Jurisdictions jurisdictions,
                       CascadeSettings settings, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
                       SupervisionOrders supervision) {
        this.supervision = supervision;
        this.upstream = upstream;
        this.cursors = cursors;
        this.disposals = disposals;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Fetches the orders after the last applied and applies them; whether there were any. */
    boolean fetchAndApply() throws Upstream.Refused, InterruptedException {
        CascadeWire.Orders orders = upstream.post("orders",
                new CascadeWire.OrderRequest(settings.platformCode(), cursors.ordersAfter()), CascadeWire.Orders.class);
        for (CascadeWire.Order order : orders.orders()) {
            apply(order);
        }
        return !orders.orders().isEmpty();
    }

    private void apply(CascadeWire.Order order) {
        try {
            transaction.executeWithoutResult(status -> {
                if (firstTime(order.seq())) {
                    if (CascadeOrders.FOLLOW_UP.equals(order.kind())) {
                        disposals.followUp(provincial(order.orderedBy()), UUID.fromString(order.warningId()),
                                order.instruction(), OffsetDateTime.parse(order.deadline()).toInstant());
                    } else {
                        supervision.apply(order, provincial(order.orderedBy()));
                    }
                    cursors.ordersAppliedThrough(order.seq());
                }
            });
        } catch (InvalidInputException | NotFoundException | AccessDeniedException | IllegalArgumentException e) {
            logger.warn("province order {} ({} of warning {}) not applied: {}", order.seq(), order.kind(),
                    order.warningId(), e.getMessage());
            transaction.executeWithoutResult(status -> {
                firstTime(order.seq());
                cursors.ordersAppliedThrough(order.seq());
            });
        }
    }

    private boolean firstTime(long seq) {
        return jdbc.sql("""
                INSERT INTO cascade_applied_order (origin, seq, applied_at) VALUES (:origin, :seq, :now)
                ON CONFLICT DO NOTHING""").param("origin", settings.upstreamUrl()).param("seq", seq)
                .param("now", Timestamp.from(clock.instant())).update() == 1;
    }

    /** A regulator of the province above this city (the city's node's parent), as the province's person. */
    private Actor provincial(String orderedBy) {
        String who = ORIGIN_PREFIX + orderedBy;
        return jurisdictions.find(settings.platformCode()).map(Jurisdiction::parentCode)
                .flatMap(jurisdictions::find)
                .map(province -> new Actor(who, Role.REGULATOR, province.code(), province.path(), null))
                .orElseGet(() -> Actor.platformAdmin(who));
    }
}
