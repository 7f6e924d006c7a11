package org.hazwatch.platform.telemetry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hazwatch.sim.SyntheticPlant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reading writer's search for repeats inside one write group of the province's shape (issue 17: 100 requests
 * of 100 readings, every point once, no repeat): {@link ReadingKeys} against the {@code HashSet} of
 * {@link ReadingTable.Key} records it replaced. Its {@link #main} prints each one's CPU time per reading on one
 * thread, a figure a loaded machine hardly moves. In telemetry's package, whose classes are package-private.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class GroupRepeatsBenchmark {

    static final int REQUESTS = 100;
    static final int READINGS = 100;

    private final List<NewReading> group = new ArrayList<>();
    private final ReadingKeys keys = new ReadingKeys();

    @Setup
    public void setUp() {
        SyntheticPlant plant = new SyntheticPlant(REQUESTS, READINGS, 1);
        Instant scan = Instant.parse("2026-11-30T00:00:10Z");
        for (String enterprise : plant.enterpriseCodes()) {
            for (String point : plant.pointCodes(enterprise)) {
                group.add(new NewReading(point, scan, 1.0, ReadingQuality.GOOD, false));
            }
        }
    }

    @Benchmark
    public int readingKeys() {
        ReadingKeys seen = keys.clear(group.size());
        int repeats = 0;
        for (NewReading reading : group) {
            repeats += seen.add(reading.pointCode(), ReadingTable.micros(reading.time())) ? 0 : 1;
        }
        return repeats;
    }

    @Benchmark
    public int keySet() {
        Set<ReadingTable.Key> seen = new HashSet<>(group.size() * 2);
        int repeats = 0;
        for (NewReading reading : group) {
            repeats += seen.add(ReadingTable.Key.of(reading)) ? 0 : 1;
        }
        return repeats;
    }

    /** {@code GROUP_REPEATS keys_ns_per_reading=… set_ns_per_reading=…}: thread CPU time over {@code args[0]} groups. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        GroupRepeatsBenchmark bench = new GroupRepeatsBenchmark();
        bench.setUp();
        var thread = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] nsPerReading = new double[2];
        for (int round = 0; round < 2; round++) {  // the first round warms both up
            long start = thread.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                bench.readingKeys();
            }
            long middle = thread.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                bench.keySet();
            }
            long end = thread.getCurrentThreadCpuTime();
            nsPerReading[0] = (middle - start) / (double) n / bench.group.size();
            nsPerReading[1] = (end - middle) / (double) n / bench.group.size();
        }
        System.out.printf(Locale.ROOT, "GROUP_REPEATS keys_ns_per_reading=%.1f set_ns_per_reading=%.1f%n",
                nsPerReading[0], nsPerReading[1]);
    }
}
