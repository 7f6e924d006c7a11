package org.hazwatch.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.alarm.rules.Replay;
import org.hazwatch.platform.alarm.rules.Sample;
import org.hazwatch.platform.alarm.rules.SampleQuality;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The what-if replay (报警合理化, issue 18): 30 days of a 1 Hz pressure point — 2,592,000 readings — replayed
 * through the alarm rules ({@link Replay}: the live engine's {@code ConditionEngine} and {@code AlarmBoard}) with
 * its current settings and with a proposal, in one pass, as {@code alarm.WhatIf} does once the history is read; and
 * one replay alone. Each reading is turned into a {@link Sample} in the loop, as the service does. The signal drifts
 * around H (a 6-hour swing with noise), so the current settings chatter (thousands of activations) and the proposal
 * (wider deadband, longer delays) quiets them. Score = milliseconds per 30-day replay. Reading the history from the
 * database is measured on the platform: {@code WhatIfScaleBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WhatIfReplayBenchmark {

    static final int SECONDS = 30 * 24 * 3600;
    static final String POINT = "14052500099001G0001YL001";
    static final String ENTERPRISE = "14052500099";

    @State(Scope.Benchmark)
    public static class History {

        long start;
        double[] values;
        PointAlarmSettings current;
        PointAlarmSettings proposed;
        Instant from;
        Instant to;

        @Setup(Level.Trial)
        public void setUp() {
            start = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();
            values = new double[SECONDS];
            SplittableRandom random = new SplittableRandom(18);
            for (int i = 0; i < SECONDS; i++) {
                values[i] = 72 + 12 * Math.sin(2 * Math.PI * i / 21_600.0) + random.nextGaussian() * 1.5;
            }
            current = new PointAlarmSettings(POINT, ENTERPRISE, null, 20.0, 80.0, 90.0, 0.2, Duration.ZERO,
                    Duration.ZERO, null, Duration.ofMinutes(60));
            proposed = new PointAlarmSettings(POINT, ENTERPRISE, null, 20.0, 82.0, 92.0, 3.0, Duration.ofSeconds(30),
                    Duration.ofSeconds(60), null, Duration.ofMinutes(60));
            from = Instant.ofEpochSecond(start);
            to = Instant.ofEpochSecond(start + SECONDS);
        }
    }

    @Benchmark
    public Object currentAndProposedInOnePass(History h) {
        Replay now = new Replay(p -> h.current, h.from, h.to);
        Replay then = new Replay(p -> h.proposed, h.from, h.to);
        double[] values = h.values;
        for (int i = 0; i < values.length; i++) {
            Sample s = new Sample(POINT, Instant.ofEpochSecond(h.start + i), values[i], SampleQuality.USABLE, false);
            now.take(s);
            then.take(s);
        }
        return new Replay.Outcome[] {now.finish(), then.finish()};
    }

    @Benchmark
    public Object currentOnly(History h) {
        Replay now = new Replay(p -> h.current, h.from, h.to);
        double[] values = h.values;
        for (int i = 0; i < values.length; i++) {
            now.take(new Sample(POINT, Instant.ofEpochSecond(h.start + i), values[i], SampleQuality.USABLE, false));
        }
        return now.finish();
    }

    /**
     * The activations each side finds, and five timed replays of both sides with the wall time and the thread's CPU
     * time (on a machine shared with other builds the CPU time is the replay's own cost): {@code java -cp
     * hazwatch-bench.jar org.hazwatch.bench.WhatIfReplayBenchmark}.
     */
    public static void main(String[] args) {
        History h = new History();
        h.setUp();
        WhatIfReplayBenchmark bench = new WhatIfReplayBenchmark();
        Replay.Outcome[] both = (Replay.Outcome[]) bench.currentAndProposedInOnePass(h);
        System.out.printf("current: %d activations, %d alarms chattering; proposed: %d activations, %d chattering%n",
                both[0].activations().size(), both[0].health().chattering().size(), both[1].activations().size(),
                both[1].health().chattering().size());
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 8; run++) {
            long wall = System.nanoTime();
            long own = cpu.getCurrentThreadCpuTime();
            bench.currentAndProposedInOnePass(h);
            System.out.printf("run %d: %d ms wall, %d ms CPU%n", run, (System.nanoTime() - wall) / 1_000_000,
                    (cpu.getCurrentThreadCpuTime() - own) / 1_000_000);
        }
    }
}
