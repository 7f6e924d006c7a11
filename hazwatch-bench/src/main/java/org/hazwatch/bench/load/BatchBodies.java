package org.hazwatch.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.PointCode;
import org.hazwatch.sim.Replay;
import org.hazwatch.sim.SyntheticPlant;

/**
 * The batch bodies of one load gateway, written straight as the wire's JSON text (SPEC §10) so that the load
 * generator spends little of the shared CPU. Readings go round the enterprise's points; each round is one time
 * step, 1 ms after the previous one and never more than {@link #LAG_MS} behind the clock, so a point never sees
 * the same time twice and no reading is late or from the future. Values follow a sine inside each point's measuring
 * range, {@link #VALUES_PER_POINT} samples of it written out once, so the generator formats no number per reading
 * and leaves the shared CPU to the platform. Not thread-safe: one per gateway thread.
 */
final class BatchBodies {

    static final long LAG_MS = 2_000;
    static final int VALUES_PER_POINT = 64;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final byte[] head;
    private final byte[][] pointPrefix;
    private final byte[][][] values;
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
        this.values = new byte[pointCodes.size()][VALUES_PER_POINT][];
        for (int p = 0; p < pointCodes.size(); p++) {
            SyntheticPlant.MeasuringRange range = SyntheticPlant.range(PointCode.of(pointCodes.get(p)).kind());
            for (int k = 0; k < VALUES_PER_POINT; k++) {
                double phase = 2 * Math.PI * ((double) k / VALUES_PER_POINT + (double) p / pointCodes.size());
                double value = range.low() + (range.high() - range.low()) * (0.5 + 0.3 * Math.sin(phase));
                values[p][k] = Double.toString(Math.round(value * 1000) / 1000.0).getBytes(StandardCharsets.US_ASCII);
            }
        }
        this.batchSize = batchSize;
    }

    int batchSize() {
        return batchSize;
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
            append(values[nextPoint][(int) (stepMillis % VALUES_PER_POINT)]);
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
