package org.hazwatch.gateway;

import java.time.Duration;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RejectedReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the queue in order (补传): the oldest samples as one batch, sent until the platform answers, then removed.
 * While the platform is away the same batch is tried again after a growing pause, so nothing behind it overtakes
 * it and back-fill arrives in time order.
 */
final class Sender implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ReadingQueue queue;
    private final ReadingSink sink;
    private final DeadLetters deadLetters;
    private final Progress progress;
    private final String enterpriseCode;
    private final String gatewayCode;
    private final Backoff backoff;
    private final StopSignal stop;
    private int maxReadings;
    private int failures;

    Sender(ReadingQueue queue, ReadingSink sink, DeadLetters deadLetters, Progress progress, GatewaySettings settings,
           StopSignal stop) {
        this.queue = queue;
        this.sink = sink;
        this.deadLetters = deadLetters;
        this.progress = progress;
        this.enterpriseCode = settings.enterpriseCode();
        this.gatewayCode = settings.gatewayCode();
        this.maxReadings = settings.batchSize();
        this.backoff = settings.backoff();
        this.stop = stop;
    }

    @Override
    public void run() {
        try {
            while (!stop.stopped()) {
                ReadingQueue.Head head = queue.head(maxReadings, POLL);
                if (!head.isEmpty() && !attempt(head)) {
                    stop.sleep(backoff.delay(failures));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One try at the head of the queue; whether it is settled (sent, refused, or to be split). */
    boolean attempt(ReadingQueue.Head head) {
        ReadingBatch batch = new ReadingBatch(enterpriseCode, gatewayCode,
                BatchIds.of(gatewayCode, head.readings()), head.readings());
        try {
            settle(head, batch, sink.send(batch));
            return true;
        } catch (BatchTooLargeException e) {
            if (head.samples() > 1) {
                maxReadings = Math.max(1, head.readings().size() / 2);
                log.warn("batch {} too large ({}); batches of at most {} readings from now on",
                        batch.batchId(), e.getMessage(), maxReadings);
            } else {
                settle(head, batch, new Delivery.Refused(413, e.getMessage()));
            }
            return true;
        } catch (SinkUnavailableException e) {
            failures++;
            if (failures == 1 || failures % 10 == 0) {
                log.warn("cannot send batch {} ({} readings, attempt {}): {}; next try in {}", batch.batchId(),
                        batch.readings().size(), failures, e.getMessage(), backoff.delay(failures));
            }
            return false;
        }
    }

    private void settle(ReadingQueue.Head head, ReadingBatch batch, Delivery delivery) {
        if (delivery instanceof Delivery.Stored stored) {
            stored.reply().rejected().forEach(r -> logRejected(batch, r));
            progress.sent(batch.readings().size(), stored.reply());
        } else if (delivery instanceof Delivery.Refused refused) {
            deadLetters.add(batch, refused.status(), refused.reason());
            progress.deadLettered(batch.readings().size());
            log.error("platform refused batch {} ({} readings): {}; moved to {}", batch.batchId(),
                    batch.readings().size(), refused.reason(), deadLetters.file());
        } else {
            progress.sent(batch.readings().size(), null);
        }
        queue.remove(head);
        if (failures > 0) {
            log.info("platform reachable again after {} failed attempts", failures);
            failures = 0;
        }
    }

    private static void logRejected(ReadingBatch batch, RejectedReading rejected) {
        int i = rejected.index();
        String reading = i >= 0 && i < batch.readings().size()
                ? batch.readings().get(i).pointCode() + " at " + batch.readings().get(i).time() : "?";
        log.warn("platform rejected reading {} of batch {} ({}): {} {}", i, batch.batchId(), reading,
                rejected.field(), rejected.reason());
    }
}
