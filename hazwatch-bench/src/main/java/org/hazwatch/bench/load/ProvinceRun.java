package org.hazwatch.bench.load;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The province bench (省级规模压测, issue 17): register the province's enterprises through the registry import, back-fill
 * 30 days of 1 Hz history for a sample of points, drive every point at a fixed rate with a share of limit crossings,
 * and while that load runs measure reading → alarm (SSE feed and list), reading → warning, the 30-day trend of a
 * back-filled point and the province regulator's overview page; then stop the load and weigh the heap after a full
 * GC with every point live. Ends with exactly one {@link ProvinceLine}.
 */
public final class ProvinceRun {

    /**
     * @param enterprises  spread over the province's counties
     * @param points       in total, shared equally by the enterprises
     * @param rate         readings per second asked of the gateways together
     * @param crossings    share of readings between H and HH
     * @param warmUp       load before measuring, at least one round so every point is live
     * @param probeEvery   pause between alarm probes
     * @param trendPoints  points with 30 days of 1 Hz history (0: no trend figure)
     */
    public record Settings(String province, int enterprises, long points, double rate, double crossings,
                           Duration warmUp, Duration duration, Duration probeEvery, int importThreads, int senders, int inFlight,
                           int trendPoints, Duration progressEvery, java.nio.file.Path jfr) {
    }

    private static final Pattern MARKER = Pattern.compile("<li[^>]*data-code=");

    private final Settings settings;
    private final PrintStream out;

    public ProvinceRun(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public ProvinceLine inProcess() throws Exception {
        out.println("starting the platform in-process (embedded PostgreSQL, free port) …");
        try (BenchPlatform platform = BenchPlatform.inProcess()) {
            return run(platform, true);
        }
    }

    public ProvinceLine against(URI uri, String adminPassword, String jdbcUrl, String jdbcUser, String jdbcPassword)
            throws Exception {
        try (BenchPlatform platform = BenchPlatform.target(uri, adminPassword, jdbcUrl, jdbcUser, jdbcPassword)) {
            return run(platform, false);
        }
    }

    private ProvinceLine run(BenchPlatform platform, boolean inProcess) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ProvinceClient client = new ProvinceClient(platform.uri(), http);
        String admin = ProvinceClient.basic("admin", platform.adminPassword());
        List<String> counties = client.counties(settings.province(), admin);
        int perEnterprise = (int) Math.max(1, settings.points() / settings.enterprises());
        ProvinceLayout layout = new ProvinceLayout(counties, settings.enterprises(), perEnterprise,
                ProvinceLayout.Box.SHANXI);
        Duration round = ProvinceLoad.roundOf(layout.points(), settings.rate());
        out.printf(Locale.ROOT, "province %s: %d counties, %,d enterprises × %d points = %,d points; every point "
                        + "every %.1f s (%,.0f readings/s asked), crossings %.4f%n", settings.province(),
                counties.size(), layout.enterprises(), perEnterprise, layout.points(), round.toMillis() / 1000.0,
                settings.rate(), settings.crossings());

        String username = "province-bench-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Pb!" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "Z9";
        client.createRegulator(username, password, settings.province(), admin);
        String regulator = ProvinceClient.basic(username, password);

        List<String> secrets = register(http, platform, layout, (int) Math.max(1, Math.ceil(round.toSeconds())));

        List<String> trendPoints = new ArrayList<>();
        if (settings.trendPoints() > 0 && platform.database().isPresent()) {
            trendPoints = backfill(platform, layout);
        } else if (settings.trendPoints() > 0) {
            out.println("back-fill skipped: no --jdbc-url for the target platform's database");
        }

        Tally tally = new Tally();
        ProvinceLoad load = new ProvinceLoad(http, platform.uri(), layout, secrets, settings.rate(),
                settings.crossings(), settings.senders(), settings.inFlight(), tally);
        secrets = null;
        Latencies trend = new Latencies();
        Latencies overview = new Latencies();
        try (AlarmProbes probes = new AlarmProbes(client, http, platform.uri(), regulator, layout)) {
            probes.listen();
            HttpClient console = client.login(username, password);
            load.start();
            Duration warmUp = settings.warmUp().compareTo(round) < 0 ? round.plusSeconds(2) : settings.warmUp();
            out.printf(Locale.ROOT, "load: %d senders, at most %d batches in flight; warm-up %d s (every point live), "
                            + "measured %d s%n", settings.senders(), settings.inFlight(), warmUp.toSeconds(),
                    settings.duration().toSeconds());
            // the first trend and overview calls (left out: caches and code paths cold) go at the start of the
            // warm-up, not at its end: made there, the page's first build held the platform up just as the
            // measuring began, and the first measured seconds were a backlog (alarm p99 of seconds from it alone)
            if (!trendPoints.isEmpty()) {
                Instant now = Instant.now();
                client.getJson("/api/v1/points/" + trendPoints.get(0) + "/series?maxPoints=1000&from="
                        + now.minus(Duration.ofDays(30)) + "&to=" + now, regulator);
            }
            long first = System.nanoTime();
            try {
                client.page(console, "/");
                out.printf(Locale.ROOT, "overview page /, first call (left out): %.1f ms%n",
                        (System.nanoTime() - first) / 1e6);
            } catch (java.io.IOException | IllegalStateException e) {
                out.printf(Locale.ROOT, "overview page /, first call failed after %.1f ms: %s%n",
                        (System.nanoTime() - first) / 1e6, e);
            }
            pace(tally, warmUp, "warm-up", null);
            jdk.jfr.Recording recording = startRecording();
            tally.startMeasuring();
            long crossingsAtStart = load.crossings();
            Sampler sampler = new Sampler();
            List<String> sampled = trendPoints;
            sampler.every(Duration.ofMillis(500), () -> {
                String point = sampled.get(ThreadLocalIndex.next() % sampled.size());
                Instant to = Instant.now();
                long start = System.nanoTime();
                client.getJson("/api/v1/points/" + point + "/series?maxPoints=1000&from="
                        + to.minus(Duration.ofDays(30)) + "&to=" + to, regulator);
                trend.record(System.nanoTime() - start);
            }, !sampled.isEmpty());
            AtomicInteger markers = new AtomicInteger(-1);
            sampler.every(Duration.ofSeconds(1), () -> {
                long start = System.nanoTime();
                String page;
                try {
                    page = client.page(console, "/");
                } catch (java.io.IOException | IllegalStateException e) {
                    overview.missed(); // timed out (ProvinceClient.PAGE_TIMEOUT) or refused: no figure, counted
                    throw e;
                }
                overview.record(System.nanoTime() - start);
                if (markers.get() < 0) {
                    // counted once: compareAndSet(-1, count) ran the regex over the 1.4 MB page on every call, 10 %
                    // of the full run's samples taken by the bench from the platform it measures
                    markers.compareAndSet(-1, (int) MARKER.matcher(page).results().count());
                }
            }, true);
            sampler.every(settings.probeEvery(), () -> probes.probe(load), true);
            pace(tally, settings.duration(), "measured", probes);
            Tally.Measured measured = tally.stop();
            sampler.stop();
            load.stop();
            if (recording != null) {
                recording.stop();
                recording.close();
                out.println("flight recording of the measured time: " + settings.jfr());
            }
            out.printf(Locale.ROOT, "measured: %,d readings in %,d batches over %.1f s = %,.0f readings/s, batch p50 "
                            + "%.1f ms p99 %.1f ms, %d failures, %,d crossings, %d batches late by > 1/10 round, "
                            + "%d waited for --in-flight%n",
                    measured.readings(), measured.requests(), measured.seconds(), measured.readingsPerSecond(),
                    measured.p50Millis(), measured.p99Millis(), tally.failures(),
                    load.crossings() - crossingsAtStart, load.behind(), load.saturated());
            out.println("probes whose batch was not acknowledged in time: " + probes.unacknowledged.get());
            out.println("alarm on the SSE feed:        " + probes.sse.summary());
            out.println("alarm in GET /api/v1/alarms:  " + probes.list.summary());
            out.println("alarm on both (the later):    " + probes.alarm.summary());
            out.println("warning in GET /api/v1/warnings: " + probes.warning.summary());
            out.println("30-day trend, 1,000 buckets:  " + trend.summary());
            out.println("overview page /:              " + overview.summary() + ", " + markers.get()
                    + " enterprises on its map list");
            double heap = inProcess ? heapAfterFullGc() : Double.NaN;
            ProvinceLine line = new ProvinceLine(layout.enterprises(), layout.points(),
                    measured.readingsPerSecond(), probes.alarm.percentileMillis(50),
                    probes.alarm.percentileMillis(99), probes.warning.percentileMillis(99),
                    trend.percentileMillis(95), overview.percentileMillis(95), heap);
            out.println(line.format());
            return line;
        }
    }

    private List<String> register(HttpClient http, BenchPlatform platform, ProvinceLayout layout, int sampling)
            throws Exception {
        Registration registration = new Registration(http, platform.uri(), platform.adminPassword(),
                new ProvinceDocuments(layout, sampling));
        List<String> codes = layout.enterpriseCodes();
        List<String> secrets = new ArrayList<>(Collections.nCopies(codes.size(), (String) null));
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        out.printf(Locale.ROOT, "registering %,d enterprises through POST /api/v1/registry/import, %d at a time …%n",
                codes.size(), settings.importThreads());
        ExecutorService pool = Executors.newFixedThreadPool(settings.importThreads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                int e = i;
                futures.add(pool.submit(() -> {
                    secrets.set(e, registration.register(codes.get(e)));
                    int n = done.incrementAndGet();
                    if (n % 500 == 0 || n == codes.size()) {
                        out.printf(Locale.ROOT, "  registered %,d of %,d in %.1f s%n", n, codes.size(),
                                (System.nanoTime() - start) / 1e9);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "import: %,d enterprises with %,d points in %.1f s (%.1f enterprises/s)%n",
                codes.size(), layout.points(), seconds, codes.size() / seconds);
        return secrets;
    }

    private List<String> backfill(BenchPlatform platform, ProvinceLayout layout) throws Exception {
        List<String> codes = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        int n = Math.min(settings.trendPoints(), layout.enterprises());
        for (int k = 0; k < n; k++) {
            int enterprise = (int) ((long) k * layout.enterprises() / n);
            codes.add(layout.point(enterprise, 0));
            indexes.add(0);
        }
        out.printf(Locale.ROOT, "back-fill: 30 days of 1 Hz readings for %d points (binary COPY, then the "
                + "minute, 10-minute and hour rollups) …%n", n);
        long start = System.nanoTime();
        long rows;
        try (Connection connection = platform.database().get().connect()) {
            rows = TrendBackfill.write(connection, codes, indexes, Duration.ofDays(30), Instant.now());
        }
        out.printf(Locale.ROOT, "back-fill: %,d rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        return codes;
    }

    private void pace(Tally tally, Duration phase, String name, AlarmProbes probes) throws InterruptedException {
        long until = System.nanoTime() + phase.toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(Math.max(1, Math.min(settings.progressEvery().toMillis(),
                    (until - System.nanoTime()) / 1_000_000)));
            out.println(tally.look(name) + (probes == null ? "" : String.format(Locale.ROOT,
                    "   alarms seen %d, p99 %.0f ms", probes.alarm.count(), probes.alarm.percentileMillis(99))));
        }
    }

    /** A flight recording (JFR, profile settings) of the measured time when asked for; else null. */
    private jdk.jfr.Recording startRecording() throws Exception {
        if (settings.jfr() == null) {
            return null;
        }
        jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.setDestination(settings.jfr());
        recording.start();
        return recording;
    }

    /** Heap used after a full collection, MiB: what the platform keeps with every point live. */
    static double heapAfterFullGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** A round-robin counter for the trend sampler. */
    private static final class ThreadLocalIndex {
        private static final AtomicInteger NEXT = new AtomicInteger();

        static int next() {
            return NEXT.getAndIncrement() & Integer.MAX_VALUE;
        }
    }
}
