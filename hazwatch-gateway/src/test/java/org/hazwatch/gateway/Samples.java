package org.hazwatch.gateway;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;

/** Samples of test readings: {@code points} points of enterprise 14052500001, one sample per second. */
final class Samples {

    static final String ENTERPRISE = "14052500001";
    static final String GATEWAY = ENTERPRISE + "01";
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

    private Samples() {
    }

    static List<Reading> sample(int second, int points) {
        OffsetDateTime time = OffsetDateTime.ofInstant(T0.plusSeconds(second), ZoneOffset.ofHours(8));
        return IntStream.range(0, points)
                .mapToObj(p -> new Reading(ENTERPRISE + "001G0001YW%03d".formatted(p + 1), time, second + p / 10.0,
                        Quality.GOOD))
                .toList();
    }
}
