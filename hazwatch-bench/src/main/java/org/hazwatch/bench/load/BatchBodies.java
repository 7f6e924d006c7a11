package org.hazwatch.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hazwatch.protocol.Codes;
import org.hazwatch.sim.Replay;
import org.hazwatch.sim.SyntheticPlant;

/**
 * The batch bodies of one load gateway, written straight as the wire's JSON text (SPEC §10) so that the load
 * generator spends little of the shared CPU. Readings go round the enterprise's points; each round is one time
 * step, 1 ms after the previous one and never more than {@link #LAG_MS} behind the clock, so a point never sees
 * the same time twice and no reading is late or from the future. Values follow a slow sine inside each point's
 * measuring range. Not thread-safe: one per gateway thread.
 */
final class BatchBodies {

    static final long LAG_MS = 2_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final byte[] head;
    private final byte[][] pointPrefix;
    private final double[] low;
    private final double[] span;
    private final int batchSize;
    private byte[] buffer = new byte[1 << 16];
    private int length;
    private int nextPoint;
    private long stepMillis = Long.MIN_VALUE;
    private byte[] stepTime;

    BatchBodies(String enterpriseCode, List<String> pointCodes, int batchSize) {
        this.head = ("{\"enterpriseCode\":\"" + enterpriseCode + "\",\"gatewayCode\":\""
                + SyntheticPlant.gatewayCode(enterpriseCode) + "\",\"batchId\":\"").getBytes(StandardCharsets.UTF_8);
        this.pointPrefix = pointCodes.stream()
                .map(code -> ("{\"pointCode\":\"" + code + "\",\"time\":\"").getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        this.low = pointCodes.stream().mapToDouble(c -> SyntheticPlant.range(Codes.kindOf(c)).low()).toArray();
        this.span = pointCodes.stream()
                .mapToDouble(c -> SyntheticPlant.range(Codes.kindOf(c)).high() - SyntheticPlant.range(Codes.kindOf(c)).low())
                .toArray();
        this.batchSize = batchSize;
    }

    /** The next batch's body, of {@code batchSize} readings; {@code now} is the sender's clock. */
    byte[] next(Instant now) {
        length = 0;
        append(head);
        append(UUID.randomUUID().toString());
        append("\",\"readings\":[");
        for (int i = 0; i < batchSize; i++) {
            if (nextPoint == 0) {
                step(now.toEpochMilli());
            }
            if (i > 0) {
                append(',');
            }
            append(pointPrefix[nextPoint]);
            append(stepTime);
            append(Double.toString(value(nextPoint)));
            append(",\"quality\":\"GOOD\"}");
            nextPoint = (nextPoint + 1) % pointPrefix.length;
        }
        append("]}");
        return Arrays.copyOf(buffer, length);
    }

    private void step(long nowMillis) {
        stepMillis = Math.max(stepMillis + 1, nowMillis - LAG_MS);
        stepTime = (TIME.format(OffsetDateTime.ofInstant(Instant.ofEpochMilli(stepMillis), Replay.PLANT_ZONE))
                + "\",\"value\":").getBytes(StandardCharsets.UTF_8);
    }

    private double value(int point) {
        double phase = 2 * Math.PI * ((stepMillis % 600_000) / 600_000.0 + (double) point / pointPrefix.length);
        return Math.round((low[point] + span[point] * (0.5 + 0.3 * Math.sin(phase))) * 1000) / 1000.0;
    }

    private void append(String text) {
        append(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void append(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
