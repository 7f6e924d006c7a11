package org.hazwatch.platform.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.notify.rules.NoticeKind;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.org.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of notifications and deliveries, each within what the actor sees. */
@Component
class NotificationQueries {

    record Located(FeedItem item, String jurisdictionPath) {
    }

    private final JdbcClient jdbc;

    NotificationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Located> feedItem(String deliveryKey) {
        return jdbc.sql("""
                SELECT d.idempotency_key AS delivery_key, n.*
                FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE d.idempotency_key = :key""")
                .param("key", deliveryKey)
                .query((rs, n) -> new Located(feedItem(rs), rs.getString("jurisdiction_path"))).optional();
    }

    List<FeedItem> recentFeed(Actor actor, int limit) {
        JurisdictionScope.Condition scope = scope(actor.scope());
        return scope.bind(jdbc.sql("""
                SELECT d.idempotency_key AS delivery_key, n.*
                FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE d.channel = 'feed' AND d.state = 'DELIVERED' AND""" + scope.sql()
                + "ORDER BY d.delivered_at DESC, d.created_at DESC LIMIT :limit")).param("limit", limit)
                .query((rs, n) -> feedItem(rs)).list();
    }

    /** The deliveries of every notification about the warning, when the actor sees its enterprise. */
    List<DeliveryView> deliveriesOf(Actor actor, UUID warningId) {
        JurisdictionScope.Condition scope = scope(actor.scope());
        return scope.bind(jdbc.sql("""
                SELECT d.*, n.kind FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE n.warning_id = :w AND""" + scope.sql() + "ORDER BY n.created_at, d.channel, d.address"))
                .param("w", warningId)
                .query((rs, n) -> new DeliveryView(rs.getObject("notification_id", UUID.class), rs.getString("kind"),
                        rs.getString("channel"), rs.getString("address"), rs.getString("recipient_name"),
                        rs.getString("recipient_role"), rs.getString("state"), rs.getInt("attempts"),
                        instant(rs, "next_attempt_at"), instant(rs, "delivered_at"), rs.getString("last_error"),
                        rs.getString("provider_ref"), rs.getString("idempotency_key"))).list();
    }

    Set<String> addressesReachedAbout(Actor actor) {
        JurisdictionScope.Condition scope = scope(actor.scope());
        return new HashSet<>(scope.bind(jdbc.sql("""
                SELECT DISTINCT d.address FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE""" + scope.sql())).query(String.class).list());
    }

    boolean anyAbout(UUID warningId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE warning_id = :w").param("w", warningId)
                .query(Long.class).single() > 0;
    }

    List<NotificationView> notifications(Actor actor, String enterprise, String kind, int limit) {
        JurisdictionScope.Condition scope = scope(actor.scope().ofEnterprise(enterprise));
        List<NotificationView> found = scope.bind(jdbc.sql("""
                SELECT n.* FROM notification n WHERE""" + scope.sql() + """
                AND (CAST(:k AS text) IS NULL OR n.kind = :k)
                ORDER BY n.created_at DESC LIMIT :limit""")).param("k", kind).param("limit", limit)
                .query((rs, n) -> new NotificationView(rs.getObject("id", UUID.class), rs.getString("kind"),
                        NoticeKind.valueOf(rs.getString("kind")).label(), rs.getString("level"),
                        rs.getString("enterprise_code"), rs.getObject("warning_id", UUID.class),
                        rs.getString("subject"), rs.getString("text"), rs.getString("sms_text"),
                        rs.getInt("group_count"), instant(rs, "created_at"), instant(rs, "not_before"), Map.of()))
                .list();
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, Map<String, Integer>> states = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT notification_id, state, count(*) AS n FROM delivery WHERE notification_id IN (:ids)
                GROUP BY notification_id, state""")
                .param("ids", found.stream().map(NotificationView::id).toList())
                .query(rs -> {
                    states.computeIfAbsent(rs.getObject("notification_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("state"), rs.getInt("n"));
                });
        return found.stream().map(v -> new NotificationView(v.id(), v.kind(), v.kindLabel(), v.level(),
                v.enterpriseCode(), v.warningId(), v.subject(), v.text(), v.smsText(), v.groupCount(), v.createdAt(),
                v.notBefore(), states.getOrDefault(v.id(), Map.of()))).toList();
    }

    private static JurisdictionScope.Condition scope(JurisdictionScope scope) {
        return scope.on("n.jurisdiction_path", "n.enterprise_code");
    }

    private static FeedItem feedItem(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        return new FeedItem(rs.getString("delivery_key"), kind, NoticeKind.valueOf(kind).label(),
                rs.getString("level"), rs.getString("enterprise_code"), rs.getString("subject"), rs.getString("text"),
                rs.getObject("warning_id", UUID.class), instant(rs, "created_at"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
