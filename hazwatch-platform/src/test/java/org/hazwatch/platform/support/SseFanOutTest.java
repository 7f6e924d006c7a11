package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class SseFanOutTest {

    /** A response that records what it is sent, and can be made to fail. */
    static final class Recorder extends SseEmitter {
        final List<String> sent = new CopyOnWriteArrayList<>();
        volatile boolean failing;
        volatile boolean completed;

        @Override
        public void send(SseEventBuilder event) throws IOException {
            if (failing) {
                throw new IOException("browser gone");
            }
            sent.add(event.build().stream().map(d -> d.getData().toString()).collect(Collectors.joining())
                    .strip());
        }

        @Override
        public synchronized void complete() {
            completed = true;
        }
    }

    private final SseFanOut<String> fanOut = new SseFanOut<>("test-feed");

    @BeforeEach
    void start() {
        fanOut.start();
    }

    @AfterEach
    void stop() {
        if (fanOut.isRunning()) {
            fanOut.stop();
        }
    }

    @Test
    void aSubscriberFilteredOutGetsNothing() {
        Recorder zezhou = new Recorder();
        Recorder gaoping = new Recorder();
        fanOut.register("zezhou", zezhou, SseEmitter.event().name("hello"));
        fanOut.register("gaoping", gaoping, null);

        fanOut.send(s -> s.equals("zezhou"), s -> SseEmitter.event().name("live").data(s));

        await().until(() -> zezhou.sent.size() == 2);
        assertThat(zezhou.sent).containsExactly("event:hello", "event:live\ndata:zezhou");
        fanOut.sendNow(s -> true, s -> null);
        assertThat(gaoping.sent).isEmpty();
    }

    @Test
    void aFailingEmitterIsDropped() {
        Recorder gone = new Recorder();
        Recorder open = new Recorder();
        fanOut.register("a", gone, null);
        fanOut.register("b", open, null);
        gone.failing = true;

        fanOut.send(s -> true, s -> SseEmitter.event().name("live").data(s));

        await().until(() -> fanOut.size() == 1);
        assertThat(fanOut.subscribers()).containsExactly("b");
        assertThat(open.sent).hasSize(1);
    }

    @Test
    void aThrowingPlainSubscriberIsDroppedAndEndingItRemovesIt() {
        Runnable end = fanOut.add("kept", () -> { });
        fanOut.add("thrower", () -> { });

        fanOut.deliverNow(s -> true, s -> {
            if (s.equals("thrower")) {
                throw new IllegalStateException("gone");
            }
        });

        assertThat(fanOut.subscribers()).containsExactly("kept");
        end.run();
        assertThat(fanOut.size()).isZero();
    }

    @Test
    void stopCompletesAllAndSendsNoMore() {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        boolean[] plainStopped = new boolean[1];
        fanOut.register("a", a, null);
        fanOut.register("b", b, null);
        fanOut.add("c", () -> plainStopped[0] = true);

        fanOut.stop();

        assertThat(a.completed).isTrue();
        assertThat(b.completed).isTrue();
        assertThat(plainStopped[0]).isTrue();
        assertThat(fanOut.size()).isZero();
        assertThat(fanOut.isRunning()).isFalse();
        assertThat(fanOut.idle()).isTrue();

        fanOut.start();
        assertThat(fanOut.isRunning()).isTrue();
    }
}
