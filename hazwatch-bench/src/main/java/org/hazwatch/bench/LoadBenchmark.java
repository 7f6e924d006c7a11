package org.hazwatch.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.hazwatch.bench.load.LoadRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The end-to-end load benchmark ({@code ./hazwatch bench}): K gateways post signed batches to the platform, then the
 * measured batches are sent again (re-send phase, all duplicates), then the same number of rows is COPYed straight
 * into a copy of the readings table. Ends with exactly one {@code RESULT readings_per_s=… p50_ms=… p99_ms=…
 * copy_baseline_per_s=… ratio=… resend_per_s=… resend_ratio=…} line.
 */
@Command(name = "hazwatch bench", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {ProvinceBenchmark.class, HeapBenchmark.class},
        description = "End-to-end load benchmark of the platform's reading ingest against a raw COPY baseline, "
                + "and of sending the same batches again (re-send).")
public final class LoadBenchmark implements Callable<Integer> {

    @Option(names = {"-g", "--gateways"}, defaultValue = "4", description = "concurrent gateways, one enterprise each (default ${DEFAULT-VALUE})")
    int gateways;

    @Option(names = {"-b", "--batch"}, defaultValue = "5000", description = "readings per request, at most 10000 (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = {"-p", "--points"}, defaultValue = "1000", description = "points per enterprise (default ${DEFAULT-VALUE})")
    int points;

    @Option(names = {"-d", "--duration"}, defaultValue = "30", description = "measured seconds (default ${DEFAULT-VALUE})")
    int duration;

    @Option(names = {"-w", "--warmup"}, defaultValue = "10", description = "warm-up seconds, left out of the figures (default ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--progress", defaultValue = "5", description = "seconds between progress lines (default ${DEFAULT-VALUE})")
    int progress;

    @Option(names = "--settle-timeout", defaultValue = "120",
            description = "seconds to wait for the rollup job to catch up before the baseline; 0 = do not wait (default ${DEFAULT-VALUE})")
    int settleTimeout;

    @Option(names = "--target", description = "a running platform, e.g. http://127.0.0.1:8080 (default: start one in-process)")
    URI target;

    @Option(names = "--admin-password", description = "the target platform's admin password")
    String adminPassword;

    @Option(names = "--jdbc-url", description = "the target platform's database, for the baseline (without it the baseline is skipped)")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "postgres", description = "(default ${DEFAULT-VALUE})")
    String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "", description = "the database user's password")
    String jdbcPassword;

    /**
     * The JDK's HttpClient hands every reply of {@code sendAsync} to CompletableFuture's default pool, which on a
     * machine of two cores (common-pool parallelism 1) is a new thread per task: in a province run that was one
     * thread started per acknowledged batch, 11 % of the bench JVM's samples and most of its system time, taken from
     * the platform it measures. With a parallelism of 2 the replies go to the common pool's threads. Set before
     * anything touches the pool; a value given on the command line wins.
     */
    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) {
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            System.setProperty(COMMON_POOL_PARALLELISM,
                    Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors() - 1)));
        }
        System.exit(new CommandLine(new LoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (batch < 1 || batch > 10_000 || gateways < 1 || points < 1 || duration < 1 || warmUp < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "need 1 ≤ batch ≤ 10000, gateways ≥ 1, points ≥ 1, duration ≥ 1 and warm-up ≥ 0");
        }
        LoadRun run = new LoadRun(new LoadRun.Settings(gateways, batch, points, Duration.ofSeconds(warmUp),
                Duration.ofSeconds(duration), Duration.ofSeconds(progress), Duration.ofSeconds(settleTimeout)),
                System.out);
        if (target == null) {
            run.inProcess();
        } else if (adminPassword == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--target needs --admin-password");
        } else {
            run.against(target, adminPassword, jdbcUrl, jdbcUser, jdbcPassword);
        }
        return 0;
    }
}
