package org.hazwatch.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.hazwatch.sim.Replay;
import org.hazwatch.sim.SyntheticPlant;

/**
 * One batch of the province bench (SPEC §10 wire JSON): every point of one enterprise at one time, each reading a
 * normal value, or with probability {@code crossingShare} a crossing between H and HH; the point named as the probe
 * (or -1 for none) gets a value beyond HH. The generator runs in the platform's JVM, so it formats nothing per
 * reading: each point's code suffix and its 64 normal values, its crossing and its probe value are written out
 * once, and a body is copied together from them (p-ingest: it cost about half as much CPU as the platform's ingest
 * of the same batch). The batch id comes from the sender's random generator, not {@link UUID#randomUUID}'s shared
 * secure one. Thread-safe: the senders share one.
 */
final class ProvinceBodies {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    /** {@link ProvinceLayout#normalValue} repeats every 64 steps. */
    private static final int STEPS = 64;

    private final ProvinceLayout layout;
    private final double crossingShare;
    private final byte[][] suffixes;
    private final byte[][][] normal;
    private final byte[][] crossing;
    private final byte[][] probe;

    ProvinceBodies(ProvinceLayout layout, double crossingShare) {
        this.layout = layout;
        this.crossingShare = crossingShare;
        int points = layout.pointsPerEnterprise();
        this.suffixes = new byte[points][];
        this.normal = new byte[points][STEPS][];
        this.crossing = new byte[points][];
        this.probe = new byte[points][];
        for (int p = 0; p < points; p++) {
            suffixes[p] = ascii(layout.pointSuffix(p) + "\",\"time\":\"");
            for (int s = 0; s < STEPS; s++) {
                normal[p][s] = ascii(Double.toString(ProvinceLayout.normalValue(p, s)));
            }
            crossing[p] = ascii(Double.toString(ProvinceLayout.crossingValue(p)));
            probe[p] = ascii(Double.toString(ProvinceLayout.probeValue(p)));
        }
    }

    /** The outcome: the body and how many of its readings cross a limit (the probe not counted). */
    record Batch(byte[] body, int crossings) {
    }

    Batch batch(int enterprise, Instant at, long step, int probePoint, RandomGenerator random) {
        String code = layout.enterprise(enterprise);
        byte[] pointPrefix = ascii("{\"pointCode\":\"" + code);
        byte[] time = ascii(TIME.format(OffsetDateTime.ofInstant(at, Replay.PLANT_ZONE)) + "\",\"value\":");
        Body body = new Body(256 + layout.pointsPerEnterprise() * 128);
        body.append(ascii("{\"enterpriseCode\":\"" + code + "\",\"gatewayCode\":\"" + SyntheticPlant.gatewayCode(code)
                + "\",\"batchId\":\"" + new UUID(random.nextLong(), random.nextLong()) + "\",\"readings\":["));
        int crossings = 0;
        for (int p = 0; p < layout.pointsPerEnterprise(); p++) {
            byte[] value;
            if (p == probePoint) {
                value = probe[p];
            } else if (crossingShare > 0 && random.nextDouble() < crossingShare) {
                value = crossing[p];
                crossings++;
            } else {
                value = normal[p][(int) (step % STEPS)];
            }
            if (p > 0) {
                body.append(COMMA);
            }
            body.append(pointPrefix);
            body.append(suffixes[p]);
            body.append(time);
            body.append(value);
            body.append(QUALITY);
        }
        body.append(END);
        return new Batch(Arrays.copyOf(body.buffer, body.length), crossings);
    }

    private static final byte[] COMMA = ascii(",");
    private static final byte[] QUALITY = ascii(",\"quality\":\"GOOD\"}");
    private static final byte[] END = ascii("]}");

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A body being copied together. */
    private static final class Body {
        private byte[] buffer;
        private int length;

        Body(int expected) {
            buffer = new byte[expected];
        }

        void append(byte[] bytes) {
            if (length + bytes.length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes.length));
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }
    }
}
