package org.hazwatch.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hazwatch.protocol.Codes;
import org.hazwatch.sim.SyntheticPlant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Point-code validation (SPEC §2), which ingest runs on every reading of every batch. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodesBenchmark {

    /** 1,024 valid point codes of one synthetic enterprise and as many with a wrong kind. */
    @State(Scope.Thread)
    public static class PointCodes {
        static final int SIZE = 1_024;

        List<String> valid;
        List<String> wrongKind;
        int next;

        @Setup
        public void setUp() {
            SyntheticPlant plant = new SyntheticPlant(1, SIZE, 1);
            valid = plant.pointCodes(plant.enterpriseCodes().get(0));
            wrongKind = valid.stream().map(code -> code.substring(0, 19) + "XX" + code.substring(21)).toList();
        }

        int nextIndex() {
            next = (next + 1) & (SIZE - 1);
            return next;
        }
    }

    @Benchmark
    public Optional<String> checkValidPoint(PointCodes codes) {
        String code = codes.valid.get(codes.nextIndex());
        return Codes.checkPoint(code, code.substring(0, Codes.EQUIPMENT_LENGTH));
    }

    @Benchmark
    public Optional<String> checkPointWithWrongKind(PointCodes codes) {
        String code = codes.wrongKind.get(codes.nextIndex());
        return Codes.checkPoint(code, code.substring(0, Codes.EQUIPMENT_LENGTH));
    }
}
