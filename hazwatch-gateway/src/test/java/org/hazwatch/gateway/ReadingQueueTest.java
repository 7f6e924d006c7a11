package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.protocol.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingQueueTest {

    @TempDir
    Path dir;

    @Test
    void whatWasQueuedIsThereInTheSameOrderAfterARestart() throws Exception {
        List<Reading> written = new ArrayList<>();
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            for (int s = 0; s < 50; s++) {
                queue.add(Samples.sample(s, 3));
                written.addAll(Samples.sample(s, 3));
            }
        }

        try (ReadingQueue reopened = ReadingQueue.open(dir)) {
            assertThat(reopened.readings()).isEqualTo(150);
            assertThat(drain(reopened, 40)).containsExactlyElementsOf(written);
            assertThat(reopened.isEmpty()).isTrue();
        }
    }

    @Test
    void aHeadTakesWholeSamplesUpToTheBatchSizeAndAtLeastOne() throws Exception {
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            queue.add(Samples.sample(0, 3));
            queue.add(Samples.sample(1, 3));
            queue.add(Samples.sample(2, 3));

            assertThat(queue.head(7, Duration.ZERO).samples()).isEqualTo(2);
            assertThat(queue.head(6, Duration.ZERO).readings()).hasSize(6);
            assertThat(queue.head(1, Duration.ZERO).readings()).containsExactlyElementsOf(Samples.sample(0, 3));
        }
    }

    @Test
    void anEmptyQueueWaitsForASampleThenGivesUp() throws Exception {
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            Thread producer = new Thread(() -> queue.add(Samples.sample(0, 2)));
            producer.start();

            assertThat(queue.head(10, Duration.ofSeconds(5)).readings()).hasSize(2);
            producer.join();
            queue.remove(queue.head(10, Duration.ZERO));
            assertThat(queue.head(10, Duration.ofMillis(50)).isEmpty()).isTrue();
        }
    }

    @Test
    void removedSamplesStayRemovedAfterARestart() throws Exception {
        try (ReadingQueue queue = ReadingQueue.open(dir)) {
            for (int s = 0; s < 5; s++) {
                queue.add(Samples.sample(s, 2));
            }
            queue.remove(queue.head(4, Duration.ZERO));
        }

        try (ReadingQueue reopened = ReadingQueue.open(dir)) {
            assertThat(reopened.readings()).isEqualTo(6);
            assertThat(reopened.head(100, Duration.ZERO).readings().get(0).time())
                    .isEqualTo(Samples.sample(2, 2).get(0).time());
        }
    }

    static List<Reading> drain(ReadingQueue queue, int batch) throws InterruptedException {
        List<Reading> all = new ArrayList<>();
        for (ReadingQueue.Head head = queue.head(batch, Duration.ZERO); !head.isEmpty();
                head = queue.head(batch, Duration.ZERO)) {
            all.addAll(head.readings());
            queue.remove(head);
        }
        return all;
    }
}
