package org.hazwatch.sim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.hazwatch.protocol.PointKind;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.protocol.ReadingBatch;

/**
 * A load generator (负载生成): N enterprises of M points each, whose values follow a one-hour sine around the
 * middle of their measuring range with a little noise, never leaving the range. Enterprises are numbered
 * {@code 14052590001, 14052590002, …} in county 140525; each has one hazard source and process units of up to
 * 1,000 points, whose points cycle through temperature, pressure, level and flow. Not thread-safe: one generator
 * per sending thread.
 */
public final class SyntheticPlant {

    static final int FIRST_SERIAL = 90_001;
    static final int POINTS_PER_UNIT = 1_000;
    private static final List<PointKind> KINDS = List.of(PointKind.WD, PointKind.YL, PointKind.YW, PointKind.LL);
    private static final double PERIOD_SECONDS = 3_600;
    private static final double SWING = 0.3;
    private static final double NOISE = 0.02;

    private final List<String> enterpriseCodes;
    private final int pointsPerEnterprise;
    private final List<String> pointSuffixes;
    private final Random random;

    public SyntheticPlant(int enterprises, int pointsPerEnterprise, long seed) {
        if (enterprises < 1 || enterprises > 99_999 - FIRST_SERIAL + 1) {
            throw new IllegalArgumentException("enterprises must be 1.." + (99_999 - FIRST_SERIAL + 1));
        }
        if (pointsPerEnterprise < 1 || pointsPerEnterprise > 999 * POINTS_PER_UNIT) {
            throw new IllegalArgumentException("points per enterprise must be 1.." + 999 * POINTS_PER_UNIT);
        }
        this.enterpriseCodes = IntStream.range(0, enterprises)
                .mapToObj(i -> "140525" + "%05d".formatted(FIRST_SERIAL + i)).toList();
        this.pointsPerEnterprise = pointsPerEnterprise;
        this.pointSuffixes = IntStream.range(0, pointsPerEnterprise).mapToObj(SyntheticPlant::pointSuffix).toList();
        this.random = new Random(seed);
    }

    public List<String> enterpriseCodes() {
        return enterpriseCodes;
    }

    public static String gatewayCode(String enterpriseCode) {
        return enterpriseCode + "01";
    }

    /** The codes of an enterprise's points, e.g. {@code 14052590001001S0001WD001}. */
    public List<String> pointCodes(String enterpriseCode) {
        return pointSuffixes.stream().map(suffix -> enterpriseCode + suffix).toList();
    }

    /** One batch per enterprise with a reading of every point at {@code at}. */
    public List<ReadingBatch> batchesAt(Instant at) {
        OffsetDateTime time = OffsetDateTime.ofInstant(at, Replay.PLANT_ZONE);
        double seconds = at.toEpochMilli() / 1000.0;
        List<ReadingBatch> batches = new ArrayList<>(enterpriseCodes.size());
        for (String enterprise : enterpriseCodes) {
            List<Reading> readings = new ArrayList<>(pointsPerEnterprise);
            for (int i = 0; i < pointsPerEnterprise; i++) {
                String code = enterprise + pointSuffixes.get(i);
                readings.add(new Reading(code, time, value(i, seconds), Quality.GOOD));
            }
            String gateway = gatewayCode(enterprise);
            batches.add(new ReadingBatch(enterprise, gateway, ReplayStep.batchId(gateway, at), readings));
        }
        return batches;
    }

    /** The measuring range the generator gives points of a kind, in the kind's usual unit. */
    public static MeasuringRange range(PointKind kind) {
        return switch (kind) {
            case WD -> new MeasuringRange(0, 200);
            case YL -> new MeasuringRange(0, 4);
            case YW -> new MeasuringRange(0, 20);
            default -> new MeasuringRange(0, 100);
        };
    }

    /** A point's measuring range (量程). */
    public record MeasuringRange(double low, double high) {
    }

    private double value(int point, double seconds) {
        MeasuringRange range = range(kindOf(point));
        double span = range.high() - range.low();
        double phase = 2 * Math.PI * point / pointsPerEnterprise;
        double wave = Math.sin(2 * Math.PI * seconds / PERIOD_SECONDS + phase);
        double value = range.low() + span * (0.5 + SWING * wave + NOISE * random.nextGaussian());
        return Math.max(range.low(), Math.min(range.high(), value));
    }

    private static PointKind kindOf(int point) {
        return KINDS.get(point % POINTS_PER_UNIT % KINDS.size());
    }

    private static String pointSuffix(int point) {
        int unit = point / POINTS_PER_UNIT + 1;
        int serial = point % POINTS_PER_UNIT / KINDS.size() + 1;
        return "001S0" + "%03d".formatted(unit) + kindOf(point).name() + "%03d".formatted(serial);
    }
}
