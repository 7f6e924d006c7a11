package org.hazwatch.gateway;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.Reading;
import org.hazwatch.sim.Replay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running gateway (采集网关): sources put samples into the disk queue, a sender thread drains it to the
 * platform, and a scheduler sends heartbeats and prints progress. Producing never waits for sending, so a
 * platform outage only makes the queue grow.
 */
final class Gateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Gateway.class);
    private static final Duration SENDER_GRACE = Duration.ofSeconds(45);

    private final GatewaySettings settings;
    private final ReadingQueue queue;
    private final ReadingSink sink;
    private final PrintWriter out;
    private final Clock clock;
    private final Progress progress = new Progress();
    private final StopSignal stop = new StopSignal();
    private final Thread sender;
    private final ScheduledExecutorService schedule = Executors.newScheduledThreadPool(1, runnable -> {
        Thread thread = new Thread(runnable, "gateway-schedule");
        thread.setDaemon(true);
        return thread;
    });

    Gateway(GatewaySettings settings, ReadingQueue queue, ReadingSink sink, DeadLetters deadLetters,
            PrintWriter out, Clock clock) {
        this.settings = settings;
        this.queue = queue;
        this.sink = sink;
        this.out = out;
        this.clock = clock;
        this.sender = new Thread(new Sender(queue, sink, deadLetters, progress, settings, stop), "gateway-sender");
    }

    /** Starts sending what is queued, heartbeats and progress lines. */
    Gateway start() {
        sender.start();
        long heartbeat = settings.heartbeatEvery().toMillis();
        schedule.scheduleWithFixedDelay(this::heartbeat, 0, heartbeat, TimeUnit.MILLISECONDS);
        long every = settings.progressEvery().toMillis();
        if (every > 0) {
            schedule.scheduleAtFixedRate(this::printProgress, every, every, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Runs a source in the calling thread until it ends or {@code sourceStop} is signalled. */
    void run(ReadingSource source, StopSignal sourceStop) throws Exception {
        source.run(this::accept, sourceStop);
    }

    /**
     * Queues one sample durably. A point of another enterprise is refused here, at the source: the platform
     * would refuse the whole batch it travels in (403).
     */
    void accept(List<Reading> sample) {
        for (Reading reading : sample) {
            if (!reading.pointCode().startsWith(settings.enterpriseCode())) {
                throw new IllegalArgumentException("point " + reading.pointCode() + " is not of enterprise "
                        + settings.enterpriseCode());
            }
        }
        queue.add(sample);
        progress.produced(sample.size());
    }

    /** Waits until everything queued has been acknowledged, or the gateway stops, or {@code limit} passes. */
    boolean awaitDrained(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!queue.isEmpty()) {
            if (System.nanoTime() > deadline || !stop.sleep(Duration.ofMillis(100))) {
                return false;
            }
        }
        return true;
    }

    Progress progress() {
        return progress;
    }

    void printProgress() {
        out.println(progress.line(queue.readings()));
        out.flush();
    }

    @Override
    public synchronized void close() throws Exception {
        if (stop.stopped()) {
            return;
        }
        stop.stop();
        schedule.shutdownNow();
        sender.join(SENDER_GRACE.toMillis());
        if (sender.isAlive()) {
            log.warn("sender still waiting for the platform after {}; closing anyway", SENDER_GRACE);
        }
        sink.close();
        queue.close();
        printProgress();
    }

    private void heartbeat() {
        try {
            sink.heartbeat(new Heartbeat(settings.enterpriseCode(), settings.gatewayCode(),
                    OffsetDateTime.ofInstant(clock.instant(), Replay.PLANT_ZONE), queue.readings(),
                    GatewaySettings.VERSION));
        } catch (SinkUnavailableException e) {
            log.debug("heartbeat not sent: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("heartbeat failed", e);
        }
    }
}
