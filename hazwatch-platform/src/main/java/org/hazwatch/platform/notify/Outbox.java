package org.hazwatch.platform.notify;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazwatch.platform.notify.rules.Message;
import org.hazwatch.platform.notify.rules.MessageTexts;
import org.hazwatch.platform.notify.rules.Notice;
import org.hazwatch.platform.notify.rules.QuietHours;
import org.hazwatch.platform.notify.rules.Route;
import org.hazwatch.platform.notify.rules.RoutingTable;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.EnterpriseMoved;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.EnterprisePaths;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox (发件箱): writes a notification and its deliveries in the caller's transaction, so they commit or roll
 * back with the event that caused them. Re-publishing an event writes nothing (the notification's key is unique).
 * Alarms of one enterprise are grouped: the first opens a notification held until the group window ends, the
 * others within the window are merged into it.
 */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Recipients recipients;
    private final ChannelChoice channels;
    private final NotifySettings settings;
    private final RoutingTable routing;
    private final QuietHours quiet;
    private final MessageTexts texts;

    Outbox(JdbcClient jdbc, Registry registry, Recipients recipients, ChannelChoice channels,
           NotifySettings settings, HazwatchProperties hazwatch) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.recipients = recipients;
        this.channels = channels;
        this.settings = settings;
        this.routing = settings.routingTable();
        this.quiet = settings.quiet(hazwatch.zone());
        this.texts = new MessageTexts(hazwatch.zone());
    }

    /** Its notifications and reminded warnings follow the enterprise to its new node, in the registry's transaction. */
    @EventListener
    void moved(EnterpriseMoved e) {
        EnterprisePaths.rewrite(jdbc, e.enterpriseCode(), e.toPath(), "notification", "notify_warning");
    }

    /** Writes the notification of an occasion and its deliveries; returns its id, empty if it was written before. */
    Optional<UUID> write(Occasion o) {
        Message message = texts.of(notice(o));
        return insert(o, message, o.at(), null, "", "QUEUED");
    }

    /**
     * Merges an alarm into the enterprise's open group, or opens one held for the group window. The group's
     * deliveries are locked before the merge; once the dispatcher has taken any of them the group is closed and
     * the alarm opens the next one.
     */
    void group(Occasion o, String item) {
        String groupKey = o.kind().name() + ":" + o.enterpriseCode();
        String name = enterpriseName(o.enterpriseCode());
        Optional<OpenGroup> open = jdbc.sql("""
                SELECT id, items, created_at FROM notification
                WHERE group_key = :g AND status = 'OPEN' AND created_at <= :at AND not_before > :at
                ORDER BY not_before LIMIT 1 FOR UPDATE""")
                .param("g", groupKey).param("at", Timestamp.from(o.at()))
                .query((rs, n) -> new OpenGroup(rs.getObject("id", UUID.class), rs.getString("items"),
                        rs.getTimestamp("created_at").toInstant())).optional();
        if (open.isPresent() && untouched(open.get().id())) {
            List<String> items = new ArrayList<>(Arrays.asList(open.get().items().split("\n")));
            items.add(item);
            Message m = texts.alarms(name, settings.groupWindow(), items, open.get().firstAt());
            jdbc.sql("""
                    UPDATE notification SET items = :items, group_count = :count, subject = :subject, text = :text,
                        sms_text = :sms WHERE id = :id""")
                    .param("items", String.join("\n", items)).param("count", items.size())
                    .param("subject", m.subject()).param("text", m.text()).param("sms", m.smsText())
                    .param("id", open.get().id()).update();
            return;
        }
        // groups whose window has passed take no more
        jdbc.sql("""
                UPDATE notification SET status = 'QUEUED'
                WHERE group_key = :g AND status = 'OPEN' AND not_before <= :at""")
                .param("g", groupKey).param("at", Timestamp.from(o.at())).update();
        Message m = texts.alarms(name, settings.groupWindow(), List.of(item), o.at());
        insert(o, m, o.at().plus(settings.groupWindow()), groupKey, item, "OPEN");
    }

    private boolean untouched(UUID notification) {
        List<String> states = jdbc.sql("SELECT state FROM delivery WHERE notification_id = :id FOR UPDATE")
                .param("id", notification).query(String.class).list();
        return states.stream().allMatch("PENDING"::equals);
    }

    private Optional<UUID> insert(Occasion o, Message m, Instant notBefore, String groupKey, String items,
                                  String status) {
        UUID id = UUID.nameUUIDFromBytes(o.key().getBytes(StandardCharsets.UTF_8));
        int inserted = jdbc.sql("""
                INSERT INTO notification (id, idempotency_key, kind, enterprise_code, jurisdiction_path, level,
                    warning_id, group_key, subject, text, sms_text, items, created_at, not_before, status)
                VALUES (:id, :key, :kind, :enterprise, :path, :level, :warning, :group, :subject, :text, :sms,
                    :items, :at, :notBefore, :status)
                ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("id", id).param("key", o.key()).param("kind", o.kind().name())
                .param("enterprise", o.enterpriseCode()).param("path", o.jurisdictionPath())
                .param("level", o.level() == null ? null : o.level().name()).param("warning", o.warningId())
                .param("group", groupKey).param("subject", m.subject()).param("text", m.text())
                .param("sms", m.smsText()).param("items", items).param("at", Timestamp.from(o.at()))
                .param("notBefore", Timestamp.from(notBefore)).param("status", status).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        for (Recipient r : addressed(o)) {
            channels.channelFor(r).ifPresent(channel -> jdbc.sql("""
                    INSERT INTO delivery (id, notification_id, channel, address, recipient_name, recipient_role,
                        idempotency_key, state, created_at, next_attempt_at)
                    VALUES (:id, :n, :channel, :address, :name, :role, :key, 'PENDING', :at, :next)
                    ON CONFLICT (idempotency_key) DO NOTHING""")
                    .param("id", UUID.randomUUID()).param("n", id).param("channel", channel)
                    .param("address", r.address()).param("name", r.name()).param("role", r.role())
                    .param("key", id + ":" + channel + ":" + r.address()).param("at", Timestamp.from(o.at()))
                    .param("next", Timestamp.from(quiet.release(notBefore, r.medium(), o.kind(), o.level())))
                    .update());
        }
        return Optional.of(id);
    }

    /** Every recipient of every route, each (medium, address) once: the first route that names it wins. */
    private List<Recipient> addressed(Occasion o) {
        Map<String, Recipient> unique = new LinkedHashMap<>();
        for (Route route : routing.routes(o.kind(), o.level(), o.escalatedTo())) {
            for (Recipient r : recipients.of(route, o)) {
                unique.putIfAbsent(r.medium() + "|" + r.address(), r);
            }
        }
        return List.copyOf(unique.values());
    }

    private Notice notice(Occasion o) {
        Optional<RegisteredEnterprise> enterprise = registry.enterprise(o.enterpriseCode());
        boolean registered = enterprise.isPresent();
        String hazardSource = o.hazardSourceCode() == null ? null : !registered ? o.hazardSourceCode()
                : registry.visibleHazardSources(Actor.system(), o.enterpriseCode()).stream()
                .filter(h -> h.code().equals(o.hazardSourceCode())).map(HazardSourceView::name).findFirst()
                .orElse(o.hazardSourceCode());
        String name = enterprise.map(RegisteredEnterprise::name).orElse(o.enterpriseCode());
        return new Notice(o.kind(), o.enterpriseCode(), name, hazardSource, o.level(),
                o.previousLevel(), o.factors(), o.deadline(), o.note(), o.at());
    }

    /** bulletin (issue 13): the file the notification's e-mails carry (an id of {@code support.Attachments}). */
    void attach(UUID notification, String attachmentId, String name) {
        jdbc.sql("UPDATE notification SET attachment_id = :a, attachment_name = :name WHERE id = :id")
                .param("a", attachmentId).param("name", name).param("id", notification).update();
    }

    /** The texts of messages, in the platform's zone. */
    MessageTexts texts() {
        return texts;
    }

    private String enterpriseName(String code) {
        return registry.enterprise(code).map(RegisteredEnterprise::name).orElse(code);
    }

    private record OpenGroup(UUID id, String items, Instant firstAt) {
    }
}
