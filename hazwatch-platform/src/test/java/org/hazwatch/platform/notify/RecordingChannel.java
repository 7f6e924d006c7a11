package org.hazwatch.platform.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A channel for tests: the far side records what it accepted, per idempotency key, and can be switched down
 * (every attempt answered RETRY, nothing accepted) and up again.
 */
class RecordingChannel implements Channel {

    private final String name;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger refusedAttempts = new AtomicInteger();
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final List<OutgoingMessage> messages = new CopyOnWriteArrayList<>();

    RecordingChannel(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        if (down.get()) {
            refusedAttempts.incrementAndGet();
            return Delivery.retry("测试渠道中断");
        }
        accepted.computeIfAbsent(message.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
        messages.add(message);
        return Delivery.delivered("test-" + messages.size());
    }

    void down(boolean down) {
        this.down.set(down);
    }

    int refusedAttempts() {
        return refusedAttempts.get();
    }

    /** How many times the far side accepted the message with this key. */
    int acceptedTimes(String idempotencyKey) {
        AtomicInteger n = accepted.get(idempotencyKey);
        return n == null ? 0 : n.get();
    }

    List<OutgoingMessage> messages() {
        return List.copyOf(messages);
    }
}
