package org.hazwatch.bench.load;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hazwatch.protocol.IngestReply;
import org.hazwatch.protocol.RequestSigner;
import org.hazwatch.protocol.WireContract;
import org.hazwatch.protocol.WireJson;
import org.hazwatch.sim.SyntheticPlant;

/**
 * The whole platform's heap per live point (issue 17): the platform started in this JVM (embedded PostgreSQL, free
 * port), weighed after a full GC; then the province bench's enterprises registered through the registry import and
 * {@code rounds} readings of every point sent (signed batches, one per enterprise and round, the rounds {@code
 * spacing} apart in reading time and ending now, so 60 rounds 2 minutes apart fill the warning model's trend windows
 * as two hours of live readings would), a settling pause (presence check, warning tick), and weighed again. The
 * difference over the points is the platform's bytes per live point; the class histograms (as {@code jcmd
 * GC.class_histogram}) before and after name the classes that hold them. Ends with one {@code HEAP enterprises=…
 * points=… readings=… heap_mib=… grown_mib=… bytes_per_point=…} line.
 */
public final class HeapRun {

    /** @param settle pause after the readings, so the periodic jobs (presence, warning) have seen every point */
    public record Settings(String province, int enterprises, int pointsPerEnterprise, int rounds, Duration spacing,
                           int threads, Duration settle, int top) {
    }

    private final Settings settings;
    private final PrintStream out;

    public HeapRun(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public void inProcess() throws Exception {
        out.println("starting the platform in-process (embedded PostgreSQL, free port) …");
        // the rounds' readings, up to (rounds - 1) × spacing old, take the live path, not back-fill (补传)
        Duration oldest = settings.spacing().multipliedBy(settings.rounds());
        try (BenchPlatform platform = BenchPlatform.inProcess("--hazwatch.ingest.late-after="
                + oldest.plusMinutes(10).toSeconds() + "s")) {
            run(platform);
        }
    }

    private void run(BenchPlatform platform) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ProvinceClient client = new ProvinceClient(platform.uri(), http);
        String admin = ProvinceClient.basic("admin", platform.adminPassword());
        List<String> counties = client.counties(settings.province(), admin);
        ProvinceLayout layout = new ProvinceLayout(counties, settings.enterprises(), settings.pointsPerEnterprise(),
                ProvinceLayout.Box.SHANXI);
        long points = layout.points();
        // the platform's start-up work settles (first requests, caches of the division table) before the baseline
        Thread.sleep(settings.settle().toMillis());
        ClassHistogram before = ClassHistogram.now();
        long heapBefore = heapAfterFullGc();
        out.printf(Locale.ROOT, "platform started, no enterprises of the bench: heap %.1f MiB after full GC%n",
                heapBefore / MIB);

        long start = System.nanoTime();
        Registration registration = new Registration(http, platform.uri(), platform.adminPassword(),
                new ProvinceDocuments(layout, 10));
        List<String> secrets = inParallel(layout.enterprises(), e -> registration.register(layout.enterprise(e)));
        out.printf(Locale.ROOT, "import: %,d enterprises with %,d points in %.1f s%n", layout.enterprises(), points,
                (System.nanoTime() - start) / 1e9);

        start = System.nanoTime();
        ProvinceBodies bodies = new ProvinceBodies(layout, 0);
        Instant now = Instant.now();
        long readings = 0;
        for (int r = 0; r < settings.rounds(); r++) {
            Instant at = now.minus(settings.spacing().multipliedBy(settings.rounds() - 1 - r));
            int round = r;
            readings += inParallel(layout.enterprises(),
                    e -> send(http, platform, layout, bodies.batch(e, at, round, -1, new SplittableRandom(e)).body(),
                            e, secrets.get(e))).stream().mapToLong(Integer::longValue).sum();
        }
        out.printf(Locale.ROOT, "readings: %,d accepted (%d a point, %d s apart) in %.1f s; settling %d s%n",
                readings, settings.rounds(), settings.spacing().toSeconds(), (System.nanoTime() - start) / 1e9,
                settings.settle().toSeconds());
        Thread.sleep(settings.settle().toMillis());

        ClassHistogram after = ClassHistogram.now();
        long heapAfter = heapAfterFullGc();
        double perPoint = (double) (heapAfter - heapBefore) / points;
        out.printf(Locale.ROOT, "with every point registered and live: heap %.1f MiB after full GC, %.1f MiB more, "
                + "%.0f bytes per point%n", heapAfter / MIB, (heapAfter - heapBefore) / MIB, perPoint);
        out.printf(Locale.ROOT, "%-72s %12s %10s %10s%n", "class (grown most, shallow bytes)", "MiB", "B/point",
                "n/point");
        for (ClassHistogram.Growth g : after.grownSince(before, settings.top())) {
            out.printf(Locale.ROOT, "%-72s %12.1f %10.1f %10.2f%n", g.className(), g.bytes() / MIB,
                    (double) g.bytes() / points, (double) g.instances() / points);
        }
        out.printf(Locale.ROOT, "HEAP enterprises=%d points=%d readings=%d heap_mib=%.0f grown_mib=%.1f "
                        + "bytes_per_point=%.0f%n", layout.enterprises(), points, readings, heapAfter / MIB,
                (heapAfter - heapBefore) / MIB, perPoint);
    }

    private static final double MIB = 1024.0 * 1024.0;

    private interface PerEnterprise<T> {
        T of(int enterprise) throws Exception;
    }

    private <T> List<T> inParallel(int enterprises, PerEnterprise<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int e = 0; e < enterprises; e++) {
                int i = e;
                futures.add(pool.submit(() -> work.of(i)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** One signed batch of every point of the enterprise; the readings the platform accepted. */
    private static int send(HttpClient http, BenchPlatform platform, ProvinceLayout layout, byte[] body,
                            int enterprise, String secret) throws Exception {
        String gateway = SyntheticPlant.gatewayCode(layout.enterprise(enterprise));
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.uri().resolve(
                        WireContract.ingestPath(WireContract.READINGS)))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new RequestSigner(secret).headers(gateway, System.currentTimeMillis(), body).forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(gateway + ": HTTP " + response.statusCode() + " "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return WireJson.decode(response.body(), IngestReply.class).accepted();
    }

    private static long heapAfterFullGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
