package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.CommittedReadings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stop while the engine is in the middle of a task longer than the stop waits (issue 19: a normal stop logged
 * two ERRORs, "task failed; restoring from the database" and an interrupted connection): the engine is stopped
 * quietly — the next start restores from the database anyway. A second engine on the shared context's stores, so the
 * shared one keeps running.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class AlarmEngineStopTest {

    @Test
    void aStopInTheMiddleOfALongTaskLogsNoError(@Autowired AlarmPoints points, @Autowired AlarmStore store,
                                                @Autowired CoverStore coverStore,
                                                @Autowired CommittedReadings committed,
                                                @Autowired TransactionTemplate tx, @Autowired AlarmPublisher publisher,
                                                @Autowired AlarmSettings settings, @Autowired Clock clock,
                                                CapturedOutput output) throws Exception {
        AlarmEngine engine = new AlarmEngine(points, store, coverStore, committed, tx, publisher, settings, clock);
        engine.start();
        CountDownLatch busy = new CountDownLatch(1);
        engine.enqueue(() -> {
            busy.countDown();
            try {
                // as a task waiting on the database (a connection, a lock) longer than the stop waits
                Thread.sleep(8_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for a connection", e);
            }
        });
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        engine.stop();

        assertThat(engine.isRunning()).isFalse();
        assertThat(output.getAll().lines().filter(line -> line.contains("ERROR")))
                .noneMatch(line -> line.contains("AlarmEngine") || line.contains("alarm engine"));
        assertThat(output.getAll()).doesNotContain("alarm engine task failed", "alarm engine could not restore");
    }
}
