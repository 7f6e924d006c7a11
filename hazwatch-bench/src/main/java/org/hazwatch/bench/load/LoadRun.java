package org.hazwatch.bench.load;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.hazwatch.sim.SyntheticPlant;

/**
 * One load run: register the enterprises, drive the gateways through a warm-up and the measured time, let the
 * platform settle (its rollup job catches up), send the measured batches again (the re-send phase: every reading a
 * duplicate, at most as long as the measured time), COPY the baseline and print the {@link ResultLine}.
 */
public final class LoadRun {

    /**
     * @param gateways       concurrent gateways, one enterprise each
     * @param batchSize      readings per request
     * @param points         points per enterprise
     * @param warmUp         left out of the figures
     * @param duration       measured
     * @param settleTimeout  how long to wait for the rollups to catch up before the baseline; zero does not wait
     */
    public record Settings(int gateways, int batchSize, int points, Duration warmUp, Duration duration,
                           Duration progressEvery, Duration settleTimeout) {
    }

    private final Settings settings;
    private final PrintStream out;

    public LoadRun(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Starts the platform in this JVM on a throw-away embedded database, runs, and stops it. */
    public ResultLine inProcess() throws Exception {
        out.println("starting the platform in-process (embedded PostgreSQL, free port) …");
        try (BenchPlatform platform = BenchPlatform.inProcess()) {
            return run(platform);
        }
    }

    /** Runs against a platform already running; without a JDBC URL there is no baseline. */
    public ResultLine against(URI uri, String adminPassword, String jdbcUrl, String jdbcUser, String jdbcPassword)
            throws Exception {
        try (BenchPlatform platform = BenchPlatform.target(uri, adminPassword, jdbcUrl, jdbcUser, jdbcPassword)) {
            return run(platform);
        }
    }

    /** Runs against the platform and returns the line it printed last. */
    private ResultLine run(BenchPlatform platform) throws Exception {
        SyntheticPlant plant = new SyntheticPlant(settings.gateways(), settings.points(), 1);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        out.printf(Locale.ROOT, "registering %d enterprises × %d points at %s …%n", settings.gateways(),
                settings.points(), platform.uri());
        Registration registration = new Registration(http, platform.uri(), platform.adminPassword(),
                new ImportDocuments(plant));
        Tally tally = new Tally();
        List<Thread> threads = new ArrayList<>();
        RunningUntil running = new RunningUntil();
        RunningUntil recording = new RunningUntil();
        recording.stop();
        List<GatewayLoad> gateways = new ArrayList<>();
        for (String enterprise : plant.enterpriseCodes()) {
            GatewayLoad gateway = new GatewayLoad(http, platform.uri(), enterprise, registration.register(enterprise),
                    plant.pointCodes(enterprise), settings.batchSize(), tally, running::running, recording::running);
            gateways.add(gateway);
            threads.add(new Thread(gateway, "gateway-" + enterprise));
        }
        out.printf(Locale.ROOT, "%d gateways × batches of %d readings: warm-up %ds, measured %ds%n",
                settings.gateways(), settings.batchSize(), settings.warmUp().toSeconds(),
                settings.duration().toSeconds());
        threads.forEach(Thread::start);
        pace(tally, settings.warmUp(), "warm-up");
        recording.start();
        tally.startMeasuring();
        JvmCost before = JvmCost.now();
        pace(tally, settings.duration(), "measured");
        Tally.Measured measured = tally.stop();
        JvmCost after = JvmCost.now();
        recording.stop();
        Instant stopped = Instant.now();
        running.stop();
        for (Thread thread : threads) {
            thread.join();
        }
        out.printf(Locale.ROOT, "measured: %,d readings in %,d requests over %.1f s, %d failures%n",
                measured.readings(), measured.requests(), measured.seconds(), tally.failures());
        out.println(after.perRequestSince(before, measured.requests()));
        if (platform.database().isPresent()) {
            try (Connection connection = platform.database().get().connect()) {
                settle(connection, stopped);
            }
        }
        OptionalDouble resend = resend(gateways);
        OptionalDouble baseline = baseline(platform, plant, measured.readings(), stopped);
        ResultLine result = new ResultLine(measured.readingsPerSecond(), measured.p50Millis(), measured.p99Millis(),
                baseline, resend);
        out.println(result.format());
        return result;
    }

    /**
     * The re-send phase: each gateway sends the batches it sent in the measured time again, all at once as before;
     * readings acknowledged as duplicates per second, over at most the measured time.
     */
    private OptionalDouble resend(List<GatewayLoad> gateways) throws InterruptedException {
        long kept = gateways.stream().mapToLong(GatewayLoad::recordedReadings).sum();
        if (kept == 0) {
            out.println("re-send skipped: nothing was measured");
            return OptionalDouble.empty();
        }
        out.printf(Locale.ROOT, "re-send: the %,d measured readings again (at most %ds) …%n", kept,
                settings.duration().toSeconds());
        Tally again = new Tally();
        RunningUntil going = new RunningUntil();
        List<Thread> threads = new ArrayList<>();
        for (GatewayLoad gateway : gateways) {
            threads.add(new Thread(() -> gateway.resend(again, going::running), "resend-" + threads.size()));
        }
        again.startMeasuring();
        threads.forEach(Thread::start);
        long until = System.nanoTime() + settings.duration().toNanos();
        for (Thread thread : threads) {
            long left = Math.max(1, (until - System.nanoTime()) / 1_000_000);
            thread.join(left);
        }
        going.stop();
        Tally.Measured measured = again.stop();
        for (Thread thread : threads) {
            thread.join();
        }
        out.printf(Locale.ROOT, "re-send: %,d readings acknowledged as duplicates in %,d requests over %.1f s, "
                        + "%d failures, %,.0f readings/s%n", measured.readings(), measured.requests(),
                measured.seconds(), again.failures(), measured.readingsPerSecond());
        return measured.readings() == 0 ? OptionalDouble.empty() : OptionalDouble.of(measured.readingsPerSecond());
    }

    private void pace(Tally tally, Duration phase, String name) throws InterruptedException {
        long until = System.nanoTime() + phase.toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(Math.max(1, Math.min(settings.progressEvery().toMillis(),
                    (until - System.nanoTime()) / 1_000_000)));
            out.println(tally.look(name));
        }
    }

    private OptionalDouble baseline(BenchPlatform platform, SyntheticPlant plant, long rows, Instant stopped)
            throws SQLException, InterruptedException {
        if (platform.database().isEmpty()) {
            out.println("baseline skipped: no --jdbc-url for the target platform's database");
            return OptionalDouble.empty();
        }
        if (rows == 0) {
            out.println("baseline skipped: nothing was measured");
            return OptionalDouble.empty();
        }
        try (Connection connection = platform.database().get().connect()) {
            settle(connection, stopped);
            List<String> points = plant.enterpriseCodes().stream().flatMap(e -> plant.pointCodes(e).stream()).toList();
            out.printf(Locale.ROOT, "baseline: binary COPY of %,d rows into reading_baseline …%n", rows);
            double perSecond = CopyBaseline.rowsPerSecond(connection, points, rows);
            out.printf(Locale.ROOT, "baseline: %,.0f rows/s%n", perSecond);
            return OptionalDouble.of(perSecond);
        }
    }

    /** Waits until the rollup job has taken in what the run wrote, so it does not compete with the baseline. */
    private void settle(Connection connection, Instant stopped) throws SQLException, InterruptedException {
        if (settings.settleTimeout().isZero()) {
            return;
        }
        out.println("waiting for the platform's rollups to catch up …");
        long until = System.nanoTime() + settings.settleTimeout().toNanos();
        while (System.nanoTime() < until) {
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT received_through FROM rollup_progress")) {
                if (rs.next() && !rs.getTimestamp(1).before(Timestamp.from(stopped))) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        out.println("the rollups did not catch up within " + settings.settleTimeout().toSeconds() + " s; going on");
    }

    private static final class RunningUntil {
        private volatile boolean running = true;

        boolean running() {
            return running;
        }

        void stop() {
            running = false;
        }

        void start() {
            running = true;
        }
    }
}
