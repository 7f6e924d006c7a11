package org.hazwatch.platform.alarm;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.hazwatch.platform.alarm.rules.AlarmBoard;
import org.hazwatch.platform.alarm.rules.Episode;
import org.hazwatch.platform.alarm.rules.Transition;
import org.hazwatch.platform.org.Actor;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live alarm feed (报警实时推送): Server-Sent Events, one {@code alarm} event per transition, to every
 * subscriber who sees the enterprise. Sending happens on a thread of its own, so a slow browser never holds up the
 * engine.
 */
@Component
class AlarmStream implements SmartLifecycle {

    private record Subscriber(Actor actor, SseEmitter emitter) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "alarm-feed"));
    private final AlarmSettings settings;
    private volatile boolean running;

    AlarmStream(AlarmSettings settings) {
        this.settings = settings;
    }

    SseEmitter subscribe(Actor actor) {
        SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
        Subscriber subscriber = new Subscriber(actor, emitter);
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

    void send(AlarmBoard.Changes changes, Function<String, String> pathOf) {
        if (subscribers.isEmpty() || changes.transitions().isEmpty()) {
            return;
        }
        sender.execute(() -> {
            for (Transition t : changes.transitions()) {
                Episode e = changes.episodes().stream().filter(x -> x.id().equals(t.episodeId())).findFirst()
                        .orElseThrow();
                String path = pathOf.apply(t.key().enterpriseCode());
                AlarmView.FeedItem item = new AlarmView.FeedItem(t.kind().name(), t.at(), t.actor(),
                        AlarmView.of(e, path));
                for (Subscriber s : subscribers) {
                    if (s.actor().sees(t.key().enterpriseCode(), path)) {
                        deliver(s, item);
                    }
                }
            }
        });
    }

    private void deliver(Subscriber s, AlarmView.FeedItem item) {
        try {
            s.emitter().send(SseEmitter.event().name("alarm").data(item, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(s);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Closes every feed before the web server's graceful shutdown begins, which would otherwise wait for these
     * never-ending responses; browsers reconnect to the next instance.
     */
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
