package org.hazwatch.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurements taken over and over while the load runs, each on a thread of its own with a pause between them
 * (never back to back: a sampler must not become a load of its own). A failing measurement is reported once and the
 * sampler goes on.
 */
final class Sampler {

    /** One measurement; it records its own figure. */
    interface Task {
        void run() throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    void every(Duration pause, Task task, boolean enabled) {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            boolean complained = false;
            while (running) {
                try {
                    task.run();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    if (!complained) {
                        complained = true;
                        System.err.println("sampler " + Thread.currentThread().getName() + ": " + e);
                    }
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "province-sampler-" + threads.size());
        threads.add(thread);
        thread.start();
    }

    /** Lets each sampler finish the measurement it is in, then waits for it. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
