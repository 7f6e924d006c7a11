package org.hazwatch.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.alarm.rules.ConditionEngine;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.alarm.rules.Sample;
import org.hazwatch.platform.alarm.rules.SampleQuality;
import org.hazwatch.sim.SyntheticPlant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The alarm engine's saved state (issue 17) at province scale: 5,000 × 100 = 500,000 points, each evaluated twice, a
 * tenth of them with a rate limit and about 1 % beyond a limit. {@code snapshotAll} writes every point's conditions
 * (a whole image; before issue 17 the engine wrote this every minute); {@code snapshotChanged} the 1 % of points
 * that took a reading since the last save (5,000, a second later; the readings are taken before the timing); {@code
 * restoreAll} reads a whole image back into an empty engine. Run {@code java -Xmx3g -jar hazwatch-bench.jar
 * AlarmStateBenchmark -f 1 -wi 3 -i 5}; the bytes are printed by {@code java -Xmx3g -cp hazwatch-bench.jar
 * org.hazwatch.bench.AlarmStateBenchmark}: last line {@code ALARM_STATE points=… all_bytes=… changed_bytes=…}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlarmStateBenchmark {

    static final int ENTERPRISES = 5_000;
    static final int PER_ENTERPRISE = 100;

    @State(Scope.Benchmark)
    public static class Province {

        Map<String, PointAlarmSettings> settings;
        String[] codes;
        ConditionEngine engine;
        byte[] all;
        long second = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond();
        final SplittableRandom random = new SplittableRandom(17);

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            SyntheticPlant plant = new SyntheticPlant(ENTERPRISES, PER_ENTERPRISE, 1);
            settings = new HashMap<>();
            int n = 0;
            for (String enterprise : plant.enterpriseCodes()) {
                for (String code : plant.pointCodes(enterprise)) {
                    settings.put(code, new PointAlarmSettings(code, enterprise, 5.0, 10.0, 90.0, 95.0, 1.0,
                            Duration.ofSeconds(15), Duration.ofSeconds(15), n++ % 10 == 0 ? 30.0 : null,
                            Duration.ofMinutes(60)));
                }
            }
            codes = settings.keySet().stream().sorted().toArray(String[]::new);
            engine = new ConditionEngine(settings::get);
            for (int step = 0; step < 2; step++) {
                second++;
                for (String code : codes) {
                    read(code);
                }
            }
            all = engine.image();
        }

        /** One reading for 1 % of the points, a second after the last, and nothing else changed. */
        @Setup(Level.Invocation)
        public void changeOnePercent() {
            engine.changes();
            second++;
            for (int i = 0; i < codes.length / 100; i++) {
                read(codes[random.nextInt(codes.length)]);
            }
        }

        void read(String code) {
            double roll = random.nextDouble();
            double value = roll < 0.005 ? 96 + random.nextDouble() : roll < 0.01 ? 2 + random.nextDouble()
                    : 40 + random.nextDouble() * 20;
            engine.evaluate(new Sample(code, Instant.ofEpochSecond(second), value, SampleQuality.USABLE, false),
                    change -> { });
        }
    }

    @Benchmark
    public int snapshotAll(Province p) {
        return p.engine.image().length;
    }

    @Benchmark
    public int snapshotChanged(Province p) {
        return p.engine.changes().length;
    }

    @Benchmark
    public int restoreAll(Province p) throws IOException {
        ConditionEngine fresh = new ConditionEngine(p.settings::get);
        fresh.apply(p.all);
        return fresh.pointCount();
    }

    /**
     * The bytes of each form and the processor time of each (this thread's, the median of 9: on the shared machine
     * the elapsed time says more about the other processes than about this code).
     */
    public static void main(String[] args) throws IOException {
        Province p = new Province();
        p.setUp();
        p.changeOnePercent();
        int changed = p.engine.changedCount();
        byte[] changes = p.engine.changes();
        System.out.printf(Locale.ROOT, "ALARM_STATE points=%d all_bytes=%d changed_points=%d changed_bytes=%d%n",
                p.codes.length, p.all.length, changed, changes.length);
        AlarmStateBenchmark bench = new AlarmStateBenchmark();
        double all = cpuMillis(() -> bench.snapshotAll(p), () -> { });
        double changedOnly = cpuMillis(() -> bench.snapshotChanged(p), p::changeOnePercent);
        double restore = cpuMillis(() -> bench.restoreAll(p), () -> { });
        System.out.printf(Locale.ROOT, "ALARM_STATE_CPU snapshot_all_ms=%.1f snapshot_changed_ms=%.2f "
                + "restore_all_ms=%.1f%n", all, changedOnly, restore);
    }

    private interface Step {
        int run() throws IOException;
    }

    private static double cpuMillis(Step step, Runnable before) throws IOException {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] millis = new double[9];
        for (int i = 0; i < millis.length; i++) {
            before.run();
            long start = cpu.getCurrentThreadCpuTime();
            step.run();
            millis[i] = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return millis[millis.length / 2];
    }
}
