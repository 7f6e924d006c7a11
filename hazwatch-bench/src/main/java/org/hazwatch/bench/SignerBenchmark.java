package org.hazwatch.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** HMAC-SHA256 request signing (SPEC §10) of a typical 100-reading batch, as the platform verifies every request. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignerBenchmark {

    static final String TIMESTAMP = "1764489600000";

    @State(Scope.Benchmark)
    public static class SignedBody {
        static final int READINGS = 100;

        RequestSigner signer;
        byte[] body;
        String signature;

        @Setup
        public void setUp() {
            signer = new RequestSigner("benchmark-secret-1405259000101");
            body = WireJson.encode(new SyntheticPlant(1, READINGS, 1)
                    .batchesAt(Instant.parse("2026-11-30T00:00:00Z")).get(0));
            signature = signer.sign(TIMESTAMP, body);
        }
    }

    @Benchmark
    public String sign(SignedBody state) {
        return state.signer.sign(TIMESTAMP, state.body);
    }

    @Benchmark
    public boolean verify(SignedBody state) {
        return state.signer.verify(TIMESTAMP, state.body, state.signature);
    }
}
