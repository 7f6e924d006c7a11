package org.hazwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hazwatch.platform.warning.rules.Assessment;
import org.hazwatch.platform.warning.rules.EnterpriseFacts;
import org.hazwatch.platform.warning.rules.PointTrend;
import org.hazwatch.platform.warning.rules.Prediction;
import org.hazwatch.platform.warning.rules.SourceFacts;
import org.hazwatch.platform.warning.rules.Trend;
import org.hazwatch.platform.warning.rules.WarningModel;
import org.hazwatch.platform.warning.rules.Weights;
import org.hazwatch.protocol.BeijingTime;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.PointCode;
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
 * One enterprise's turn in the warning engine's periodic pass (SPEC §6: every enterprise at least once a minute; at
 * province scale 5,000 of them a minute, issue 17), the rules' part of it: the trends of its 100 points — both
 * windows of each, as {@code TrendFeed.predictions} asks them — and the model's assessment of the facts. The points
 * are the province bench's: a span of 0–100, H at 85 and HH at 95, no low limits, and two hours of readings every 10 s
 * uniformly inside the band (25–75), so every answer is "no prediction", as it is for almost every point of a
 * province. Run {@code java -jar hazwatch-bench.jar WarningPassBenchmark -f 1 -wi 5 -i 5 -prof gc}; on the shared
 * machine the processor time of this thread says more than the elapsed time: {@code java -cp hazwatch-bench.jar
 * org.hazwatch.bench.WarningPassBenchmark} prints {@code WARNING_PASS points=… cpu_us_per_enterprise=…}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WarningPassBenchmark {

    static final int POINTS = 100;
    static final Duration PERIOD = Duration.ofSeconds(10);

    @State(Scope.Benchmark)
    public static class Enterprise {

        EnterpriseCode code;
        PointCode[] points;
        Trend.Limits[] limits;
        PointTrend[] trends;
        WarningModel model;
        Instant now;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticPlant plant = new SyntheticPlant(1, POINTS, 1);
            String enterprise = plant.enterpriseCodes().get(0);
            code = EnterpriseCode.of(enterprise);
            points = plant.pointCodes(enterprise).stream().map(PointCode::of).toArray(PointCode[]::new);
            limits = new Trend.Limits[points.length];
            trends = new PointTrend[points.length];
            Instant start = Instant.parse("2026-12-01T00:00:00Z");
            SplittableRandom random = new SplittableRandom(17);
            for (int i = 0; i < points.length; i++) {
                limits[i] = new Trend.Limits(points[i].code(), "压力", "kPa", null, null, 85.0, 95.0);
                trends[i] = new PointTrend(Trend.Settings.defaults(), Trend.Settings.operatingDefaults(), 60);
                for (Instant at = start; at.isBefore(start.plus(Duration.ofHours(2))); at = at.plus(PERIOD)) {
                    trends[i].add(at.plusMillis(i * 10L), 25 + random.nextDouble() * 50);
                }
            }
            now = start.plus(Duration.ofHours(2)).plusSeconds(3);
            model = new WarningModel(Weights.defaults(), BeijingTime.ZONE);
        }
    }

    /** The trends of every point, then the model on the enterprise's facts (one hazard source holding them all). */
    @Benchmark
    public List<Assessment> assessEnterprise(Enterprise e) {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < e.points.length; i++) {
            e.trends[i].predict(e.limits[i], e.now).ifPresent(predictions::add);
        }
        SourceFacts source = new SourceFacts(e.points[0].hazardSource(), "甲醇储罐区", 2, List.of(), predictions,
                List.of());
        return e.model.assess(new EnterpriseFacts(e.code, "压测企业", List.of(source),
                EnterpriseFacts.Commitment.ON_TIME, EnterpriseFacts.Operations.none(), null, 0), e.now);
    }

    /** The processor time of one enterprise's assessment on this thread, the median of 9 rounds of 200. */
    public static void main(String[] args) {
        Enterprise e = new Enterprise();
        e.setUp();
        WarningPassBenchmark bench = new WarningPassBenchmark();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = 200;
        for (int i = 0; i < 5 * rounds; i++) {
            bench.assessEnterprise(e);
        }
        double[] micros = new double[9];
        int assessments = 0;
        for (int r = 0; r < micros.length; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < rounds; i++) {
                assessments += bench.assessEnterprise(e).size();
            }
            micros[r] = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / rounds;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "WARNING_PASS points=%d assessments=%d cpu_us_per_enterprise=%.1f "
                + "(min %.1f, max %.1f)%n", POINTS, assessments, micros[micros.length / 2], micros[0],
                micros[micros.length - 1]);
    }
}
