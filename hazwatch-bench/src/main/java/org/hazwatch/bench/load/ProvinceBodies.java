package org.hazwatch.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.hazwatch.sim.Replay;
import org.hazwatch.sim.SyntheticPlant;

/**
 * One batch of the province bench (SPEC §10 wire JSON): every point of one enterprise at one time, each reading a
 * normal value, or with probability {@code crossingShare} a crossing between H and HH; the point named as the probe
 * (or -1 for none) gets a value beyond HH.
 */
final class ProvinceBodies {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final ProvinceLayout layout;
    private final double crossingShare;

    ProvinceBodies(ProvinceLayout layout, double crossingShare) {
        this.layout = layout;
        this.crossingShare = crossingShare;
    }

    /** The outcome: the body and how many of its readings cross a limit (the probe not counted). */
    record Batch(byte[] body, int crossings) {
    }

    Batch batch(int enterprise, Instant at, long step, int probePoint, RandomGenerator random) {
        String code = layout.enterprise(enterprise);
        String time = TIME.format(OffsetDateTime.ofInstant(at, Replay.PLANT_ZONE));
        StringBuilder json = new StringBuilder(64 + layout.pointsPerEnterprise() * 96);
        json.append("{\"enterpriseCode\":\"").append(code).append("\",\"gatewayCode\":\"")
                .append(SyntheticPlant.gatewayCode(code)).append("\",\"batchId\":\"").append(UUID.randomUUID())
                .append("\",\"readings\":[");
        int crossings = 0;
        for (int p = 0; p < layout.pointsPerEnterprise(); p++) {
            double value;
            if (p == probePoint) {
                value = ProvinceLayout.probeValue(p);
            } else if (crossingShare > 0 && random.nextDouble() < crossingShare) {
                value = ProvinceLayout.crossingValue(p);
                crossings++;
            } else {
                value = ProvinceLayout.normalValue(p, step);
            }
            if (p > 0) {
                json.append(',');
            }
            json.append("{\"pointCode\":\"").append(code).append(layout.pointSuffix(p)).append("\",\"time\":\"")
                    .append(time).append("\",\"value\":").append(value).append(",\"quality\":\"GOOD\"}");
        }
        json.append("]}");
        return new Batch(json.toString().getBytes(StandardCharsets.UTF_8), crossings);
    }
}
