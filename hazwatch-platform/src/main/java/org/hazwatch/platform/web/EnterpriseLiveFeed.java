package org.hazwatch.platform.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.alarm.AlarmCleared;
import org.hazwatch.platform.alarm.AlarmOperated;
import org.hazwatch.platform.alarm.AlarmRaised;
import org.hazwatch.platform.alarm.AlarmSeverityChanged;
import org.hazwatch.platform.alarm.Alarms;
import org.hazwatch.platform.alarm.rules.AlarmLimits;
import org.hazwatch.platform.disposal.DisposalClosed;
import org.hazwatch.platform.disposal.DisposalEscalated;
import org.hazwatch.platform.disposal.FeedbackGiven;
import org.hazwatch.platform.disposal.FollowUpOrdered;
import org.hazwatch.platform.disposal.WarningSignedFor;
import org.hazwatch.platform.registry.PointDefinition;
import org.hazwatch.platform.support.SseFanOut;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingsCommitted;
import org.hazwatch.platform.warning.WarningLevelChanged;
import org.hazwatch.platform.warning.WarningLifted;
import org.hazwatch.platform.warning.WarningRaised;
import org.hazwatch.protocol.PointCode;
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
class EnterpriseLiveFeed implements SseFanOut.Owner {

    /** One open page; {@code limits} are those the alarm engine applies to the enterprise's points. */
    private record Subscriber(String enterpriseCode, Map<String, AlarmLimits> limits) {
    }

    /** One point's newest value as the page shows it. */
    record Value(String p, double v, String t, String q, String band) {
    }

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final SseFanOut<Subscriber> fanOut = new SseFanOut<>("enterprise-feed");
    private final Alarms alarms;
    private final DateTimeFormatter clockTime;

    EnterpriseLiveFeed(Alarms alarms, Shown shown) {
        this.alarms = alarms;
        this.clockTime = CLOCK_TIME.withZone(shown.zone());
    }

    SseEmitter subscribe(String enterpriseCode, List<PointDefinition> points) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        Map<String, AlarmLimits> byCode = new HashMap<>();
        points.forEach(p -> byCode.put(p.code(), alarms.limitsOf(p.code())));
        return fanOut.register(new Subscriber(enterpriseCode, byCode), emitter,
                SseEmitter.event().name("hello").data(enterpriseCode));
    }

    @EventListener
    void on(ReadingsCommitted committed) {
        if (fanOut.idle()) {
            return;
        }
        Set<String> open = new HashSet<>();
        fanOut.subscribers().forEach(s -> open.add(s.enterpriseCode()));
        Map<String, NewReading> newest = new HashMap<>();
        for (NewReading r : committed.readings()) {
            if (open.contains(PointCode.of(r.pointCode()).enterprise().code())) {
                newest.merge(r.pointCode(), r, (a, b) -> b.time().isAfter(a.time()) ? b : a);
            }
        }
        if (!newest.isEmpty()) {
            fanOut.later(() -> sendReadings(newest));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmRaised e) {
        signal(e.enterpriseCode().code(), "alarms");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmCleared e) {
        signal(e.enterpriseCode().code(), "alarms");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmSeverityChanged e) {
        signal(e.enterpriseCode().code(), "alarms");
    }

    /** Someone acknowledged, shelved or unshelved an alarm, perhaps on another page: every open page refetches. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AlarmOperated e) {
        signal(e.enterpriseCode().code(), "alarms", e.operation().name());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningRaised e) {
        signal(e.enterpriseCode().code(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningLevelChanged e) {
        signal(e.enterpriseCode().code(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningLifted e) {
        signal(e.enterpriseCode().code(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WarningSignedFor e) {
        signal(e.enterpriseCode().code(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FeedbackGiven e) {
        signal(e.enterpriseCode().code(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DisposalClosed e) {
        signal(e.enterpriseCode().code(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DisposalEscalated e) {
        signal(e.enterpriseCode().code(), "warnings");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FollowUpOrdered e) {
        signal(e.enterpriseCode().code(), "warnings");
    }

    /** A camera came online or went offline: the page marks it ({@code cameras}, data: code and state). */
    @EventListener
    void on(org.hazwatch.platform.video.CameraStateChanged e) {
        fanOut.send(s -> s.enterpriseCode().equals(e.enterpriseCode().code()), s -> SseEmitter.event().name("cameras")
                .data(Map.of("camera", e.cameraCode(), "online", e.online()), MediaType.APPLICATION_JSON));
    }

    /** Tells the enterprise's open pages that a list changed (a change made on the page itself, too). */
    void signal(String enterpriseCode, String what) {
        signal(enterpriseCode, what, what);
    }

    /** As {@link #signal(String, String)}, with {@code data} saying why (the page refetches whatever it says). */
    void signal(String enterpriseCode, String what, String data) {
        fanOut.send(s -> s.enterpriseCode().equals(enterpriseCode), s -> SseEmitter.event().name(what).data(data));
    }

    private void sendReadings(Map<String, NewReading> newest) {
        Map<String, List<NewReading>> perEnterprise = new LinkedHashMap<>();
        newest.values().forEach(r -> perEnterprise.computeIfAbsent(PointCode.of(r.pointCode()).enterprise().code(),
                k -> new ArrayList<>()).add(r));
        perEnterprise.forEach((enterprise, readings) -> fanOut.sendNow(s -> s.enterpriseCode().equals(enterprise),
                s -> {
                    List<Value> values = readings.stream().filter(r -> s.limits().containsKey(r.pointCode()))
                            .map(r -> value(s.limits().get(r.pointCode()), r)).toList();
                    return values.isEmpty() ? null
                            : SseEmitter.event().name("readings").data(values, MediaType.APPLICATION_JSON);
                }));
    }

    private Value value(AlarmLimits limits, NewReading r) {
        String quality = r.quality().name();
        return new Value(r.pointCode(), r.value(), clockTime.format(r.time()),
                quality, EnterprisePointRow.band(limits, r.value(), quality));
    }

    /** How many pages of the enterprise are open (for tests and the health of the feed). */
    int subscribers(String enterpriseCode) {
        return (int) fanOut.subscribers().stream().filter(s -> s.enterpriseCode().equals(enterpriseCode)).count();
    }

    /** Starts and stops with the platform; stopping closes every feed (see {@link SseFanOut}). */
    @Override
    public SseFanOut<?> fanOut() {
        return fanOut;
    }
}
