package org.hazwatch.platform.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazwatch.platform.telemetry.DatabaseFreeLog;
import org.hazwatch.platform.telemetry.PointDirectory;
import org.hazwatch.platform.telemetry.PointSpec;
import org.hazwatch.platform.telemetry.TelemetrySettings;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.protocol.PointKind;
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

/**
 * The platform's work on one ingest request of the province's shape (issue 17: 500 signed batches of 100 readings a
 * second), without HTTP and the database: the signature checked (HMAC, age, replay), the body read, every reading
 * judged against its registered point, the rows encoded for the binary COPY and the readings recorded as live.
 * Each request carries a timestamp of its own (a signature is accepted once); the replay memory is started afresh
 * every {@link #SIGNED} requests, so it stays as small as a few seconds of the province's traffic. Run with
 * {@code -prof gc} for the bytes allocated per request; its {@link #main} prints the CPU time and bytes per request
 * of one thread, figures a loaded machine hardly moves. In the ingest package, whose intake is package-private.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class IngestRequestBenchmark {

    static final int READINGS = 100;
    static final int SIGNED = 4096;
    static final Instant NOW = Instant.parse("2026-11-30T00:00:10Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private GatewayDirectory gateways;
    private ReadingIntake intake;
    private byte[] body;
    private String gatewayCode;
    private final String[] timestamps = new String[SIGNED];
    private final String[] signatures = new String[SIGNED];
    private SignedRequests signed;
    private int next;

    @Setup
    public void setUp() {
        SyntheticPlant plant = new SyntheticPlant(1, READINGS, 1);
        String enterprise = plant.enterpriseCodes().get(0);
        gatewayCode = SyntheticPlant.gatewayCode(enterprise);
        GatewayKey key = new GatewayKey(gatewayCode, enterprise, "benchmark-secret-" + enterprise);
        gateways = code -> code.equals(gatewayCode) ? Optional.of(key) : Optional.empty();
        body = WireJson.encode(plant.batchesAt(NOW.minusSeconds(1)).get(0));
        RequestSigner signer = new RequestSigner(key.secret());
        for (int i = 0; i < SIGNED; i++) {
            timestamps[i] = Long.toString(NOW.toEpochMilli() - i);
            signatures[i] = signer.sign(timestamps[i], body);
        }
        TelemetrySettings telemetry = new TelemetrySettings(Duration.ofDays(90), Duration.ofDays(400), Duration.ofDays(800), 3, 50_000,
                Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(10));
        DatabaseFreeLog log = new DatabaseFreeLog(telemetry, clock);
        intake = new ReadingIntake(new Points(plant.pointCodes(enterprise), enterprise), log, log.live(), telemetry,
                new IngestSettings(Duration.ofMinutes(5)), new IngestMeters(new SimpleMeterRegistry()), clock);
        signed = new SignedRequests(gateways, clock);
    }

    @Benchmark
    public IngestReply request() {
        if (next == SIGNED) {
            next = 0;
            signed = new SignedRequests(gateways, clock);
        }
        int i = next++;
        GatewayKey gateway = signed.authenticate(gatewayCode, timestamps[i], signatures[i], body);
        return intake.take(gateway, BatchReader.read(body), IngestMeters.Channel.HTTP);
    }

    /**
     * {@code INGEST_REQUEST cpu_us_per_request=… bytes_per_request=…}: the thread's CPU time and allocation over
     * {@code args[0]} requests (200,000) after as many to warm up.
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        IngestRequestBenchmark bench = new IngestRequestBenchmark();
        bench.setUp();
        for (int i = 0; i < n; i++) {
            bench.request();
        }
        var thread = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long cpu = thread.getCurrentThreadCpuTime();
        long bytes = thread.getThreadAllocatedBytes(id);
        for (int i = 0; i < n; i++) {
            bench.request();
        }
        System.out.printf(java.util.Locale.ROOT, "INGEST_REQUEST cpu_us_per_request=%.1f bytes_per_request=%d%n",
                (thread.getCurrentThreadCpuTime() - cpu) / 1e3 / n, (thread.getThreadAllocatedBytes(id) - bytes) / n);
    }

    /** The enterprise's registered points with the simulator's measuring ranges. */
    private record Points(Map<String, PointSpec> byCode) implements PointDirectory {
        Points(List<String> codes, String enterprise) {
            this(codes.stream().map(code -> spec(code, enterprise))
                    .collect(Collectors.toUnmodifiableMap(PointSpec::code, Function.identity())));
        }

        private static PointSpec spec(String code, String enterprise) {
            PointKind kind = PointCode.of(code).kind();
            SyntheticPlant.MeasuringRange range = SyntheticPlant.range(kind);
            return new PointSpec(code, enterprise, kind, "", range.low(), range.high());
        }

        @Override
        public Optional<PointSpec> point(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public List<PointSpec> pointsOf(String enterpriseCode) {
            return List.copyOf(byCode.values());
        }

        @Override
        public Map<String, PointSpec> pointsByCode(String enterpriseCode) {
            return byCode;
        }

        @Override
        public List<String> enterpriseCodes() {
            return List.of();
        }

        @Override
        public Optional<String> jurisdictionPathOf(String enterpriseCode) {
            return Optional.empty();
        }
    }
}
