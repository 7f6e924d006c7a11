package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hazwatch.protocol.Heartbeat;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.RejectedReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SenderTest {

    static final GatewaySettings SETTINGS = new GatewaySettings(Samples.ENTERPRISE, Samples.GATEWAY, 10,
            new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)), Duration.ofSeconds(30), Duration.ZERO);

    @TempDir
    Path dir;

    final RecordingSink sink = new RecordingSink();

    @Test
    void aCrashMidSendLosesNothingAndReordersNothing() throws Exception {
        List<Reading> produced = new ArrayList<>();
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            for (int s = 0; s < 20; s++) {
                queue.add(Samples.sample(s, 5));
                produced.addAll(Samples.sample(s, 5));
            }
            Sender sender = sender(queue);
            sink.crashOnBatch = 3;
            assertThat(sender.attempt(queue.head(10, Duration.ZERO))).isTrue();
            assertThat(sender.attempt(queue.head(10, Duration.ZERO))).isTrue();
            // The platform stored the third batch, then the gateway died before it could remove it.
            assertThatThrownBy(() -> sender.attempt(queue.head(10, Duration.ZERO))).isInstanceOf(Crash.class);
        }

        try (ReadingQueue reopened = ReadingQueue.open(dir)) {
            Sender sender = sender(reopened);
            for (ReadingQueue.Head head = reopened.head(10, Duration.ZERO); !head.isEmpty();
                    head = reopened.head(10, Duration.ZERO)) {
                assertThat(sender.attempt(head)).isTrue();
            }
        }

        List<Reading> received = sink.batches.stream().flatMap(b -> b.readings().stream()).toList();
        Set<Reading> storedOnce = new LinkedHashSet<>(received);
        assertThat(storedOnce).containsExactlyElementsOf(produced);
        assertThat(received).hasSize(produced.size() + 10);
        // The re-sent batch is the same batch: same id, same readings.
        assertThat(sink.batches.get(3)).isEqualTo(sink.batches.get(2));
    }

    @Test
    void anUnreachablePlatformGetsTheSameBatchUnderTheSameIdUntilItAnswers() throws Exception {
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            queue.add(Samples.sample(0, 4));
            queue.add(Samples.sample(1, 4));
            Sender sender = sender(queue);
            sink.failures = 2;

            assertThat(sender.attempt(queue.head(10, Duration.ZERO))).isFalse();
            assertThat(sender.attempt(queue.head(10, Duration.ZERO))).isFalse();
            assertThat(sender.attempt(queue.head(10, Duration.ZERO))).isTrue();

            assertThat(sink.attemptedIds).hasSize(3).containsOnly(sink.attemptedIds.get(0));
            assertThat(sink.batches).hasSize(1);
            assertThat(sink.batches.get(0).readings()).hasSize(8).startsWith(Samples.sample(0, 4).get(0));
            assertThat(queue.readings()).isZero();
        }
    }

    @Test
    void aRefusedBatchGoesToTheDeadLetterFileAndTheNextIsSent() throws Exception {
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            queue.add(Samples.sample(0, 8));
            queue.add(Samples.sample(1, 8));
            Progress progress = new Progress();
            Sender sender = new Sender(queue, sink, new DeadLetters(dir), progress, SETTINGS, new StopSignal());
            sink.refuseNext = true;

            assertThat(sender.attempt(queue.head(10, Duration.ZERO))).isTrue();
            assertThat(sender.attempt(queue.head(10, Duration.ZERO))).isTrue();

            String deadLetters = Files.readString(dir.resolve(DeadLetters.FILE_NAME));
            assertThat(deadLetters.lines()).hasSize(1);
            assertThat(deadLetters).contains("\"status\":403").contains(sink.attemptedIds.get(0))
                    .contains("2026-11-30T08:00:00.000+08:00");
            assertThat(sink.batches).hasSize(1);
            assertThat(sink.batches.get(0).readings()).containsExactlyElementsOf(Samples.sample(1, 8));
            assertThat(progress.deadLettered()).isEqualTo(8);
            assertThat(queue.isEmpty()).isTrue();
        }
    }

    @Test
    void batchesTooLargeForThePlatformAreSentInHalves() throws Exception {
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            List<Reading> produced = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                queue.add(Samples.sample(s, 2));
                produced.addAll(Samples.sample(s, 2));
            }
            sink.maxReadings = 4;
            StopSignal stop = new StopSignal();
            Thread sending = new Thread(
                    new Sender(queue, sink, new DeadLetters(dir), new Progress(), SETTINGS, stop));
            sending.start();

            await().atMost(Duration.ofSeconds(10)).until(queue::isEmpty);
            stop.stop();
            sending.join();

            assertThat(sink.batches).allSatisfy(b -> assertThat(b.readings()).hasSizeLessThanOrEqualTo(4));
            assertThat(sink.batches.stream().flatMap(b -> b.readings().stream())).containsExactlyElementsOf(produced);
        }
    }

    @Test
    void perReadingRejectionsInAStoredReplyAreCounted() throws Exception {
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            queue.add(Samples.sample(0, 3));
            Progress progress = new Progress();
            Sender sender = new Sender(queue, sink, new DeadLetters(dir), progress, SETTINGS, new StopSignal());
            sink.rejectFirstReading = true;

            assertThat(sender.attempt(queue.head(10, Duration.ZERO))).isTrue();

            assertThat(progress.sent()).isEqualTo(3);
            assertThat(progress.rejected()).isEqualTo(1);
            assertThat(queue.isEmpty()).isTrue();
        }
    }

    private Sender sender(ReadingQueue queue) {
        return new Sender(queue, sink, new DeadLetters(dir), new Progress(), SETTINGS, new StopSignal());
    }

    /** The process dying in the middle of a send. */
    static final class Crash extends RuntimeException {
    }

    /** A platform in memory that stores what it gets and misbehaves on request. */
    static final class RecordingSink implements ReadingSink {
        final List<ReadingBatch> batches = new ArrayList<>();
        final List<String> attemptedIds = new ArrayList<>();
        int crashOnBatch = -1;
        int failures;
        boolean refuseNext;
        boolean rejectFirstReading;
        int maxReadings = Integer.MAX_VALUE;

        @Override
        public Delivery send(ReadingBatch batch) throws SinkUnavailableException {
            attemptedIds.add(batch.batchId());
            if (failures > 0) {
                failures--;
                throw new SinkUnavailableException("connection refused");
            }
            if (refuseNext) {
                refuseNext = false;
                return new Delivery.Refused(403, "403 not this gateway's enterprise");
            }
            if (batch.readings().size() > maxReadings) {
                throw new BatchTooLargeException("413 over " + maxReadings);
            }
            batches.add(batch);
            if (batches.size() == crashOnBatch) {
                crashOnBatch = -1;
                throw new Crash();
            }
            List<RejectedReading> rejected = rejectFirstReading
                    ? List.of(new RejectedReading(0, "pointCode", "no such point"))
                    : List.of();
            return new Delivery.Stored(new IngestReply(batch.readings().size() - rejected.size(), 0, rejected));
        }

        @Override
        public void heartbeat(Heartbeat heartbeat) {
        }
    }
}
