package org.hazwatch.platform.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hazwatch.platform.alarm.AlarmCleared;
import org.hazwatch.platform.alarm.AlarmOperated;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.AlarmSeverityChanged;
import org.hazwatch.platform.alarm.rules.Priority;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.support.SseFanOut;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.hazwatch.protocol.PointCode;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The overview's live feed (实时推送, {@code /live/overview}): Server-Sent Events to each signed-in browser, scoped
 * to what its user sees. Event {@code live} carries a row to show (an alarm raised or changed, a warning raised or
 * changed), event {@code gone} the id of a row to take away (an alarm cleared, a warning lifted), event
 * {@code operated} an alarm someone acknowledged, shelved or unshelved. Warning events
 * come inside the warning feature's transaction and are sent after it commits. Sending happens on a thread of its
 * own so a slow browser never holds up the publisher.
 */
@Component
class OverviewFeed implements SseFanOut.Owner {

    /** What a browser receives: a row, or (for {@code gone}) only its id. */
    record Item(String id, Overview.LiveRow row) {
    }

    /** What a browser receives on {@code operated}: the alarm's id, the operation and its words. */
    record Operated(String id, String operation, String label) {
    }

    private record Subscriber(Actor actor, Locale locale) {
    }

    static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final SseFanOut<Subscriber> fanOut = new SseFanOut<>("overview-feed");
    private final Registry registry;
    private final MessageSource messages;
    private final Shown shown;

    OverviewFeed(Registry registry, MessageSource messages, Shown shown) {
        this.registry = registry;
        this.messages = messages;
        this.shown = shown;
    }

    SseEmitter subscribe(Actor actor, Locale locale) {
        return fanOut.register(new Subscriber(actor, locale), new SseEmitter(TIMEOUT_MS),
                SseEmitter.event().name("hello").data(Map.of("user", actor.username())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmRaised e) {
        alarm(e.episodeId(), e.enterpriseCode(), e.pointCode(), e.severity(), e.priority(), e.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmSeverityChanged e) {
        alarm(e.episodeId(), e.enterpriseCode(), e.pointCode(), e.to(), e.priority(), e.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmCleared e) {
        gone(e.episodeId(), e.enterpriseCode().code(), null);
    }

    /** Someone acknowledged, shelved or unshelved an alarm: its row says so (event {@code operated}). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmOperated e) {
        fanOut.send(s -> s.actor().sees(e.enterpriseCode().code(), e.jurisdictionPath()), s -> {
            String label = messages.getMessage("live.operated." + e.operation().name(), null,
                    e.operation().name(), s.locale());
            return event("operated", new Operated(e.episodeId().toString(), e.operation().name(), label));
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningRaised e) {
        warning(e.warningId(), e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), e.level(), e.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningLevelChanged e) {
        warning(e.warningId(), e.enterpriseCode(), e.hazardSourceCode(), e.jurisdictionPath(), e.to(), e.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningLifted e) {
        gone(e.warningId(), e.enterpriseCode().code(), e.jurisdictionPath());
    }

    private void alarm(UUID id, EnterpriseCode enterprise, PointCode point, Severity severity, Priority priority,
                       Instant at) {
        publish(enterprise.code(), null, (name, s) -> LiveRows.alarm(id.toString(), enterprise.code(), name,
                Objects.toString(point, null), severity, priority, shown.time(at), messages, s.locale()), id);
    }

    private void warning(UUID id, EnterpriseCode enterprise, HazardSourceCode hazardSource, String path,
                         WarningLevel level, Instant at) {
        publish(enterprise.code(), path, (name, s) -> LiveRows.warning(id.toString(), enterprise.code(), name,
                Objects.toString(hazardSource, null), level, shown.time(at), messages, s.locale()), id);
    }

    private void gone(UUID id, String enterprise, String path) {
        publish(enterprise, path, null, id);
    }

    /** Sends a row ({@code row} given) or takes one away; the enterprise is looked up once, not per subscriber. */
    private void publish(String enterprise, String knownPath, BiFunction<String, Subscriber, Overview.LiveRow> row,
                         UUID id) {
        fanOut.later(() -> {
            String path = knownPath != null ? knownPath : registry.jurisdictionPathOf(enterprise).orElse(null);
            if (path == null) {
                return;
            }
            String name = row == null ? null : name(enterprise);
            fanOut.sendNow(s -> s.actor().sees(enterprise, path), s -> {
                Overview.LiveRow r = row == null ? null : row.apply(name, s);
                return event(r == null ? "gone" : "live", new Item(id.toString(), r));
            });
        });
    }

    private String name(String enterprise) {
        return registry.enterprise(enterprise).map(RegisteredEnterprise::name).orElse(enterprise);
    }

    private static SseEmitter.SseEventBuilder event(String name, Object item) {
        return SseEmitter.event().name(name).data(item, MediaType.APPLICATION_JSON);
    }

    int subscribers() {
        return fanOut.size();
    }

    /** Starts and stops with the platform; stopping closes every feed (see {@link SseFanOut}). */
    @Override
    public SseFanOut<?> fanOut() {
        return fanOut;
    }
}
