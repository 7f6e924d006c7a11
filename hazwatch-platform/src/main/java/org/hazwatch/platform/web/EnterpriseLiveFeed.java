package org.hazwatch.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.time.format.DateTimeFormatter;
import org.hazwatch.platform.alarm.AlarmCleared;
import org.hazwatch.platform.alarm.AlarmOperated;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.AlarmSeverityChanged;
import org.hazwatch.platform.disposal.DisposalClosed;
import org.hazwatch.platform.disposal.DisposalEscalated;
import org.hazwatch.platform.disposal.FeedbackGiven;
import org.hazwatch.platform.disposal.FollowUpOrdered;
import org.hazwatch.platform.disposal.WarningSignedFor;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingsCommitted;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.protocol.Codes;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed of one enterprise's pages (企业实时推送), Server-Sent Events: {@code readings} with each point's
 * newest value and band as a group of readings is committed, {@code alarms} when an alarm of the enterprise comes,
 * changes or goes or someone acknowledges or (un)shelves it (data: the operation), {@code warnings} when a warning
 * or its handling does. The page refetches its alarm and warning
 * lists on the latter two, once the change is committed. Sending runs on a thread of its own, so a slow browser
 * never holds up the reading writer or the alarm engine.
 */
@Component
class EnterpriseLiveFeed implements SmartLifecycle {

    /** One open page; {@code points} are the enterprise's registered points, for their limits. */
    private record Subscriber(String enterpriseCode, Map<String, PointDefinition> points, SseEmitter emitter) {
    }

    /** One point's newest value as the page shows it. */
    record Value(String p, double v, String t, String q, String band) {
    }

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final Map<String, List<Subscriber>> byEnterprise = new ConcurrentHashMap<>();
    private volatile ExecutorService sender;
    private volatile boolean running;

    SseEmitter subscribe(String enterpriseCode, List<PointDefinition> points) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        Map<String, PointDefinition> byCode = new HashMap<>();
        points.forEach(p -> byCode.put(p.code(), p));
        Subscriber subscriber = new Subscriber(enterpriseCode, byCode, emitter);
        byEnterprise.computeIfAbsent(enterpriseCode, k -> new CopyOnWriteArrayList<>()).add(subscriber);
        emitter.onCompletion(() -> remove(subscriber));
        emitter.onTimeout(() -> remove(subscriber));
        emitter.onError(e -> remove(subscriber));
        try {
            emitter.send(SseEmitter.event().name("hello").data(enterpriseCode));
        } catch (IOException e) {
            remove(subscriber);
        }
        return emitter;
    }

    @EventListener
    void on(ReadingsCommitted committed) {
        if (!running || byEnterprise.isEmpty()) {
            return;
        }
        Map<String, NewReading> newest = new HashMap<>();
        for (NewReading r : committed.readings()) {
            if (byEnterprise.containsKey(Codes.enterpriseOf(r.pointCode()))) {
                newest.merge(r.pointCode(), r, (a, b) -> b.time().isAfter(a.time()) ? b : a);
            }
        }
        if (!newest.isEmpty()) {
            sender.execute(() -> sendReadings(newest));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmRaised e) {
        signal(e.enterpriseCode(), "alarms");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmCleared e) {
        signal(e.enterpriseCode(), "alarms");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmSeverityChanged e) {
        signal(e.enterpriseCode(), "alarms");
    }

    /** Someone acknowledged, shelved or unshelved an alarm, perhaps on another page: every open page refetches. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmOperated e) {
        signal(e.enterpriseCode(), "alarms", e.operation().name());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningRaised e) {
        signal(e.enterpriseCode(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningLevelChanged e) {
        signal(e.enterpriseCode(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningLifted e) {
        signal(e.enterpriseCode(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningSignedFor e) {
        signal(e.enterpriseCode(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FeedbackGiven e) {
        signal(e.enterpriseCode(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DisposalClosed e) {
        signal(e.enterpriseCode(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DisposalEscalated e) {
        signal(e.enterpriseCode(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FollowUpOrdered e) {
        signal(e.enterpriseCode(), "warnings");
    }

    /** Tells the enterprise's open pages that a list changed (a change made on the page itself, too). */
    void signal(String enterpriseCode, String what) {
        signal(enterpriseCode, what, what);
    }

    /** As {@link #signal(String, String)}, with {@code data} saying why (the page refetches whatever it says). */
    void signal(String enterpriseCode, String what, String data) {
        if (running && byEnterprise.containsKey(enterpriseCode)) {
            sender.execute(() -> byEnterprise.getOrDefault(enterpriseCode, List.of())
                    .forEach(s -> send(s, SseEmitter.event().name(what).data(data))));
        }
    }

    private void sendReadings(Map<String, NewReading> newest) {
        Map<String, List<NewReading>> perEnterprise = new LinkedHashMap<>();
        newest.values().forEach(r -> perEnterprise.computeIfAbsent(Codes.enterpriseOf(r.pointCode()),
                k -> new ArrayList<>()).add(r));
        perEnterprise.forEach((enterprise, readings) -> {
            for (Subscriber s : byEnterprise.getOrDefault(enterprise, List.of())) {
                List<Value> values = readings.stream().filter(r -> s.points().containsKey(r.pointCode()))
                        .map(r -> value(s.points().get(r.pointCode()), r)).toList();
                if (!values.isEmpty()) {
                    send(s, SseEmitter.event().name("readings").data(values, MediaType.APPLICATION_JSON));
                }
            }
        });
    }

    private static Value value(PointDefinition point, NewReading r) {
        String quality = r.quality().name();
        return new Value(r.pointCode(), r.value(), CLOCK_TIME.format(r.time().atZone(EnterpriseViews.SHOWN_IN)),
                quality, EnterprisePointRow.band(point, r.value(), quality));
    }

    private void send(Subscriber s, SseEmitter.SseEventBuilder event) {
        try {
            s.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            remove(s);
        }
    }

    private void remove(Subscriber s) {
        List<Subscriber> list = byEnterprise.get(s.enterpriseCode());
        if (list != null) {
            list.remove(s);
            if (list.isEmpty()) {
                byEnterprise.remove(s.enterpriseCode(), list);
            }
        }
    }

    /** How many pages of the enterprise are open (for tests and the health of the feed). */
    int subscribers(String enterpriseCode) {
        return byEnterprise.getOrDefault(enterpriseCode, List.of()).size();
    }

    @Override
    public void start() {
        sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "enterprise-feed"));
        running = true;
    }

    /** Closes every feed before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        byEnterprise.values().forEach(list -> list.forEach(s -> s.emitter().complete()));
        byEnterprise.clear();
        sender.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
