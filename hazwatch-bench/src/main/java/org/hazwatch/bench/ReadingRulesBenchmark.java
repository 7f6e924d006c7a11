package org.hazwatch.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.ingest.rules.ReadingRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-reading rules of ingest (SPEC §4: future, retention, finite, range, late) over a 5,000-reading batch:
 * judged one by one against the arrival instant, as before, and with the batch's bounds worked out once
 * ({@link ReadingRules#at}), as ingest does now. Scores are per reading.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadingRulesBenchmark {

    static final int READINGS = 5_000;

    /** A batch of a second's readings, one in 50 out of range and one in 100 back-filled. */
    @State(Scope.Thread)
    public static class Batch {
        final ReadingRules rules = new ReadingRules(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofDays(90));
        final Instant receivedAt = Instant.parse("2026-11-30T00:00:00Z");
        Instant[] times;
        double[] values;

        @Setup
        public void setUp() {
            times = new Instant[READINGS];
            values = new double[READINGS];
            for (int i = 0; i < READINGS; i++) {
                times[i] = receivedAt.minusMillis(i % 100 == 0 ? 3_600_000 : i % 1_000);
                values[i] = i % 50 == 0 ? 25.0 : (i % 20);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(READINGS)
    public void judgeEachAgainstTheArrival(Batch batch, Blackhole sink) {
        for (int i = 0; i < READINGS; i++) {
            sink.consume(batch.rules.judge(batch.times[i], batch.values[i], 0.0, 20.0, batch.receivedAt));
        }
    }

    @Benchmark
    @OperationsPerInvocation(READINGS)
    public void judgeTheBatchAgainstOneClock(Batch batch, Blackhole sink) {
        ReadingRules.Judge judge = batch.rules.at(batch.receivedAt);
        for (int i = 0; i < READINGS; i++) {
            sink.consume(judge.judge(batch.times[i], batch.values[i], 0.0, 20.0));
        }
    }
}
