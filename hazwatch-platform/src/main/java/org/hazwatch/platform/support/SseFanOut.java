package org.hazwatch.platform.support;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One live feed's fan-out (实时推送): the open subscriptions, each a subscriber {@code S} (who is listening, for the
 * owner's scoping) with its Server-Sent-Events response, and a sending thread of its own so a slow browser never
 * holds up the publisher. A subscription ends, and is dropped, when its response completes, times out or fails, or
 * when a send to it fails. The owning feed decides who gets what ({@code to}) and what they get ({@code event}).
 *
 * <p>{@link #stop()} completes every response before the web server's graceful shutdown begins, which would
 * otherwise wait for these never-ending responses (and a page whose stream ended while the platform still ran
 * would reconnect into a closing server); browsers reconnect to the next instance. Tests pause and restart
 * contexts, so a stopped fan-out can start again.
 */
public final class SseFanOut<S> {

    private static final Logger log = LoggerFactory.getLogger(SseFanOut.class);

    /** A feed that owns a fan-out: its lifecycle is the fan-out's. */
    public interface Owner extends SmartLifecycle {

        SseFanOut<?> fanOut();

        @Override
        default void start() {
            fanOut().start();
        }

        @Override
        default void stop() {
            fanOut().stop();
        }

        @Override
        default boolean isRunning() {
            return fanOut().isRunning();
        }
    }

    private record Entry<S>(S subscriber, SseEmitter emitter, Runnable onStop) {
    }

    private final String threadName;
    private final List<Entry<S>> entries = new CopyOnWriteArrayList<>();
    private volatile ExecutorService sender;
    private volatile boolean running;

    /** {@code threadName} names the sending thread. */
    public SseFanOut(String threadName) {
        this.threadName = threadName;
    }

    /**
     * Adds {@code emitter} for {@code subscriber} and sends it {@code hello} (if not null) at once; the subscription
     * ends with the response.
     */
    public SseEmitter register(S subscriber, SseEmitter emitter, SseEmitter.SseEventBuilder hello) {
        Entry<S> entry = new Entry<>(subscriber, emitter, emitter::complete);
        entries.add(entry);
        emitter.onCompletion(() -> entries.remove(entry));
        emitter.onTimeout(() -> entries.remove(entry));
        emitter.onError(e -> entries.remove(entry));
        if (hello != null) {
            try {
                emitter.send(hello);
            } catch (IOException e) {
                entries.remove(entry);
            }
        }
        return emitter;
    }

    /**
     * Adds a subscriber that has no response of its own (it is reached with {@link #deliverNow}); {@code onStop} runs
     * when the fan-out stops. Running the returned action ends the subscription.
     */
    public Runnable add(S subscriber, Runnable onStop) {
        Entry<S> entry = new Entry<>(subscriber, null, onStop);
        entries.add(entry);
        return () -> entries.remove(entry);
    }

    /** Whether nothing would be sent now: stopped, or nobody listening. */
    public boolean idle() {
        return !running || entries.isEmpty();
    }

    /** Runs {@code work} on the sending thread, unless {@link #idle()}. */
    public void later(Runnable work) {
        if (!idle()) {
            sender.execute(work);
        }
    }

    /** On the sending thread, sends each subscriber accepted by {@code to} its {@code event} (none if null). */
    public void send(Predicate<? super S> to, Function<? super S, SseEmitter.SseEventBuilder> event) {
        later(() -> sendNow(to, event));
    }

    /** As {@link #send}, on the calling thread (the sending thread, within {@link #later}). */
    public void sendNow(Predicate<? super S> to, Function<? super S, SseEmitter.SseEventBuilder> event) {
        for (Entry<S> e : entries) {
            if (e.emitter() != null && to.test(e.subscriber())) {
                SseEmitter.SseEventBuilder built = event.apply(e.subscriber());
                if (built != null) {
                    try {
                        e.emitter().send(built);
                    } catch (IOException | IllegalStateException failed) {
                        entries.remove(e);
                    }
                }
            }
        }
    }

    /** Hands each subscriber accepted by {@code to} to {@code deliver}; one that throws is dropped. */
    public void deliverNow(Predicate<? super S> to, Consumer<? super S> deliver) {
        for (Entry<S> e : entries) {
            if (to.test(e.subscriber())) {
                try {
                    deliver.accept(e.subscriber());
                } catch (RuntimeException failed) {
                    log.debug("{} subscriber dropped: {}", threadName, failed.toString());
                    entries.remove(e);
                }
            }
        }
    }

    /** The subscribers now, for scoping before any work is queued. */
    public List<S> subscribers() {
        return entries.stream().map(Entry::subscriber).toList();
    }

    /** How many subscriptions are open. */
    public int size() {
        return entries.size();
    }

    /** The feed's name (its sending thread's), as the subscriber gauge tags it. */
    public String name() {
        return threadName;
    }

    public void start() {
        sender = Executors.newSingleThreadExecutor(r -> new Thread(r, threadName));
        running = true;
    }

    /** Ends every subscription (completes its response) and the sending thread; see the class comment. */
    public void stop() {
        running = false;
        entries.forEach(e -> e.onStop().run());
        entries.clear();
        sender.shutdown();
    }

    public boolean isRunning() {
        return running;
    }
}
