package org.hazwatch.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.hazwatch.protocol.Codes;
import org.hazwatch.protocol.Reading;
import org.hazwatch.sim.SyntheticPlant;

/**
 * A synthetic plant (模拟数据) as a source: {@code points} points of the gateway's enterprise, coded and valued
 * like {@link SyntheticPlant}'s ({@code <enterprise>001S0001WD001}, …), sampled every {@code period} on the
 * clock's multiples of it. A gateway that falls behind catches up without skipping a sample.
 */
final class SyntheticSource implements ReadingSource {

    private final String enterpriseCode;
    private final SyntheticPlant plant;
    private final Duration period;
    private final long samples;
    private final Clock clock;

    /** @param samples how many samples to produce; 0 for no end */
    SyntheticSource(String enterpriseCode, int points, Duration period, long samples, long seed, Clock clock) {
        if (period.toMillis() < 1) {
            throw new IllegalArgumentException("the period must be at least 1 ms");
        }
        this.enterpriseCode = enterpriseCode;
        this.plant = new SyntheticPlant(1, points, seed);
        this.period = period;
        this.samples = samples;
        this.clock = clock;
    }

    /** The codes of the points this source produces. */
    List<String> pointCodes() {
        return plant.pointCodes(enterpriseCode);
    }

    @Override
    public void run(Consumer<List<Reading>> out, StopSignal stop) {
        long periodMillis = period.toMillis();
        Instant next = Instant.ofEpochMilli((clock.millis() / periodMillis + 1) * periodMillis);
        for (long n = 0; (samples == 0 || n < samples) && stop.sleepUntil(next, clock); n++) {
            out.accept(sampleAt(next));
            next = next.plus(period);
        }
    }

    private List<Reading> sampleAt(Instant at) {
        // The plant numbers its own enterprises; its points are put under the gateway's enterprise instead.
        return plant.batchesAt(at).get(0).readings().stream()
                .map(r -> new Reading(enterpriseCode + r.pointCode().substring(Codes.ENTERPRISE_LENGTH), r.time(),
                        r.value(), r.quality()))
                .toList();
    }
}
