package org.hazwatch.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The alarm engine's evaluation path (报警判定): a reading turned into a sample and evaluated against its point's
 * limits, deadband, delays, rate and flatline, for 10,000 points with every kind configured. One invocation is one
 * reading of every point, a second later than the last; about 2 % of the readings lie beyond a limit, so episodes
 * are raised and cleared all along. Score = readings per second on one thread (one core).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AlarmEngineBenchmark {

    static final int POINTS = 10_000;
    static final int STEPS = 64;

    @State(Scope.Thread)
    public static class Plant {

        String[] codes;
        double[][] values;
        ConditionEngine engine;
        long second;
        long changes;

        @Setup
        public void setUp() {
            SyntheticPlant plant = new SyntheticPlant(10, POINTS / 10, 1);
            Map<String, PointAlarmSettings> settings = new HashMap<>();
            for (String enterprise : plant.enterpriseCodes()) {
                List<String> points = plant.pointCodes(enterprise);
                for (String code : points) {
                    settings.put(code, new PointAlarmSettings(code, enterprise, 5.0, 10.0, 90.0, 95.0, 1.0,
                            Duration.ofSeconds(15), Duration.ofSeconds(15), 30.0, Duration.ofMinutes(60)));
                }
            }
            codes = settings.keySet().stream().sorted().toArray(String[]::new);
            SplittableRandom random = new SplittableRandom(42);
            values = new double[STEPS][codes.length];
            for (int s = 0; s < STEPS; s++) {
                for (int p = 0; p < codes.length; p++) {
                    double roll = random.nextDouble();
                    values[s][p] = roll < 0.01 ? 96 + random.nextDouble() * 3 : roll < 0.02 ? 2 + random.nextDouble()
                            : 40 + random.nextDouble() * 20;
                }
            }
            engine = new ConditionEngine(settings::get);
            second = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void evaluateOneReadingOfEveryPoint(Plant plant, Blackhole sink) {
        long t = ++plant.second;
        double[] row = plant.values[(int) (t % STEPS)];
        for (int p = 0; p < row.length; p++) {
            sink.consume(plant.engine.evaluate(new Sample(plant.codes[p], Instant.ofEpochSecond(t), row[p],
                    SampleQuality.USABLE, false), change -> plant.changes++));
        }
    }
}
