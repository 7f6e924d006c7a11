package org.hazwatch.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.hazwatch.bench.load.ProvinceRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The province bench ({@code ./hazwatch bench province}, issue 17): a province's enterprises and points registered
 * through the registry import, readings at a fixed rate with a share of limit crossings, and while loaded: reading →
 * alarm (SSE feed and list), reading → warning, a 30-day trend, the province's overview page; then the heap after a
 * full GC. Ends with exactly one {@code PROVINCE enterprises=… points=… rate=… alarm_p50_ms=… alarm_p99_ms=…
 * warning_p99_ms=… trend30d_p95_ms=… overview_p95_ms=… heap_mib=…} line (docs/BENCH-PROVINCE.md).
 */
@Command(name = "province", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Province-scale bench: alarm and warning latency, 30-day trends, overview and heap under a fixed "
                + "reading rate.")
public final class ProvinceBenchmark implements Callable<Integer> {

    @Option(names = "--enterprises", defaultValue = "5000", description = "enterprises (default ${DEFAULT-VALUE})")
    int enterprises;

    @Option(names = "--points", defaultValue = "500000", description = "points in total, shared equally (default ${DEFAULT-VALUE})")
    long points;

    @Option(names = "--rate", defaultValue = "50000", description = "readings per second asked of all gateways together (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--crossings", defaultValue = "0.0001", description = "share of readings between H and HH (default ${DEFAULT-VALUE})")
    double crossings;

    @Option(names = "--duration", defaultValue = "120", description = "measured seconds (default ${DEFAULT-VALUE})")
    int duration;

    @Option(names = "--warmup", defaultValue = "60", description = "seconds of load before measuring, at least one round of all points; at full scale the gateways need some rounds to settle into their schedule (default ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--probe-every", defaultValue = "1", description = "seconds between alarm probes (default ${DEFAULT-VALUE})")
    int probeEvery;

    @Option(names = "--province", defaultValue = "140000", description = "the province's code; enterprises go to its counties (default ${DEFAULT-VALUE}, 山西省)")
    String province;

    @Option(names = "--import-threads", defaultValue = "4", description = "registry imports at a time (default ${DEFAULT-VALUE})")
    int importThreads;

    @Option(names = "--senders", defaultValue = "2", description = "threads timing and posting the gateways' batches (default ${DEFAULT-VALUE})")
    int senders;

    @Option(names = "--in-flight", defaultValue = "256", description = "batches posted and not yet answered, at most (default ${DEFAULT-VALUE})")
    int inFlight;

    @Option(names = "--trend-points", defaultValue = "2", description = "points back-filled with 30 days of 1 Hz readings; 0 = no trend figure (default ${DEFAULT-VALUE})")
    int trendPoints;

    @Option(names = "--progress", defaultValue = "10", description = "seconds between progress lines (default ${DEFAULT-VALUE})")
    int progress;

    @Option(names = "--jfr", description = "write a flight recording (JFR, profile settings) of the measured time to this file")
    java.nio.file.Path jfr;

    @Option(names = "--target", description = "a running platform (default: start one in-process); its heap is then n/a")
    URI target;

    @Option(names = "--admin-password", description = "the target platform's admin password")
    String adminPassword;

    @Option(names = "--jdbc-url", description = "the target platform's database, for the back-fill")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "postgres", description = "(default ${DEFAULT-VALUE})")
    String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "", description = "the database user's password")
    String jdbcPassword;

    @Override
    public Integer call() throws Exception {
        if (enterprises < 1 || points < enterprises || rate <= 0 || crossings < 0 || crossings >= 1 || duration < 1
                || warmUp < 0 || probeEvery < 0 || importThreads < 1 || senders < 1 || inFlight < 1 || trendPoints < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "need enterprises ≥ 1, points ≥ "
                    + "enterprises, rate > 0, 0 ≤ crossings < 1, duration ≥ 1, threads ≥ 1");
        }
        ProvinceRun run = new ProvinceRun(new ProvinceRun.Settings(province, enterprises, points, rate, crossings,
                Duration.ofSeconds(warmUp), Duration.ofSeconds(duration), Duration.ofSeconds(probeEvery),
                importThreads, senders, inFlight, trendPoints, Duration.ofSeconds(progress), jfr), System.out);
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
