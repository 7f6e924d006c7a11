package org.hazwatch.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.hazwatch.protocol.ReadingBatch;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Encoding and decoding a 1,000-reading batch with the wire codec (SPEC §10). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WireJsonBenchmark {

    @State(Scope.Benchmark)
    public static class Batch {
        static final int READINGS = 1_000;

        ReadingBatch batch;
        byte[] json;

        @Setup
        public void setUp() {
            batch = new SyntheticPlant(1, READINGS, 1).batchesAt(Instant.parse("2026-11-30T00:00:00Z")).get(0);
            json = WireJson.encode(batch);
        }
    }

    @Benchmark
    public byte[] encode(Batch state) {
        return WireJson.encode(state.batch);
    }

    @Benchmark
    public ReadingBatch decode(Batch state) {
        return WireJson.decode(state.json, ReadingBatch.class);
    }
}
