package org.hazwatch.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hazwatch.platform.alarm.AlarmCleared;
import org.hazwatch.platform.alarm.AlarmOperated;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.AlarmSeverityChanged;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.registry.RegisteredEnterprise;
import org.hazwatch.platform.registry.Registry;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
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
class OverviewFeed implements SmartLifecycle {

    /** What a browser receives: a row, or (for {@code gone}) only its id. */
    record Item(String id, Overview.LiveRow row) {
    }

    /** What a browser receives on {@code operated}: the alarm's id, the operation and its words. */
    record Operated(String id, String operation, String label) {
    }

    private record Subscriber(Actor actor, Locale locale, SseEmitter emitter) {
    }

    static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Registry registry;
    private final MessageSource messages;
    private volatile ExecutorService sender;
    private volatile boolean running;

    OverviewFeed(Registry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    SseEmitter subscribe(Actor actor, Locale locale) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        Subscriber subscriber = new Subscriber(actor, locale, emitter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        try {
            emitter.send(SseEmitter.event().name("hello").data(Map.of("user", actor.username())));
        } catch (IOException e) {
            subscribers.remove(subscriber);
        }
        return emitter;
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
        gone(e.episodeId(), e.enterpriseCode(), null);
    }

    /** Someone acknowledged, shelved or unshelved an alarm: its row says so (event {@code operated}). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmOperated e) {
        if (!running || subscribers.isEmpty()) {
            return;
        }
        sender.execute(() -> {
            for (Subscriber s : subscribers) {
                if (s.actor().sees(e.enterpriseCode(), e.jurisdictionPath())) {
                    String label = messages.getMessage("live.operated." + e.operation().name(), null,
                            e.operation().name(), s.locale());
                    deliver(s, "operated", new Operated(e.episodeId().toString(), e.operation().name(), label));
                }
            }
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
        gone(e.warningId(), e.enterpriseCode(), e.jurisdictionPath());
    }

    private void alarm(UUID id, String enterprise, String point, String severity, String priority, Instant at) {
        publish(enterprise, null, s -> LiveRows.alarm(id.toString(), enterprise, name(enterprise), point, severity,
                priority, at, messages, s.locale()), id);
    }

    private void warning(UUID id, String enterprise, String hazardSource, String path, WarningLevel level,
                         Instant at) {
        publish(enterprise, path, s -> LiveRows.warning(id.toString(), enterprise, name(enterprise), hazardSource,
                level, at, messages, s.locale()), id);
    }

    private void gone(UUID id, String enterprise, String path) {
        publish(enterprise, path, s -> null, id);
    }

    private void publish(String enterprise, String knownPath, java.util.function.Function<Subscriber,
            Overview.LiveRow> row, UUID id) {
        if (!running || subscribers.isEmpty()) {
            return;
        }
        sender.execute(() -> {
            String path = knownPath != null ? knownPath : registry.jurisdictionPathOf(enterprise).orElse(null);
            for (Subscriber s : subscribers) {
                if (path != null && s.actor().sees(enterprise, path)) {
                    Overview.LiveRow r = row.apply(s);
                    deliver(s, r == null ? "gone" : "live", new Item(id.toString(), r));
                }
            }
        });
    }

    private String name(String enterprise) {
        return registry.enterprise(enterprise).map(RegisteredEnterprise::name).orElse(enterprise);
    }

    private void deliver(Subscriber s, String name, Object item) {
        try {
            s.emitter().send(SseEmitter.event().name(name).data(item, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(s);
        }
    }

    int subscribers() {
        return subscribers.size();
    }

    @Override
    public void start() {
        sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "overview-feed"));
        running = true;
    }

    /** Closes every feed before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
        sender.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
