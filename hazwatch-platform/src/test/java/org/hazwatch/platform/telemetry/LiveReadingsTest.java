package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live state's newest reading per point, as kept compactly (issue 17): the same answers as the records were. */
class LiveReadingsTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00.123456789Z");
    static final String POINT = "14052590001001WD0001A";

    final InMemoryPointDirectory directory = new InMemoryPointDirectory();
    final LiveReadings live = new LiveReadings(null, directory, new TelemetrySettings(Duration.ofDays(90),
            Duration.ofDays(400), Duration.ofDays(800), 3, 50_000, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(10)),
            Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void keepsTheNewestReadingOfAGroupToTheNanosecond() {
        live.record(List.of(reading(T0, 1.5, ReadingQuality.GOOD), reading(T0.plusNanos(1), 2.5,
                ReadingQuality.UNCERTAIN), reading(T0.minusSeconds(5), 0.5, ReadingQuality.GOOD)), T0.plusSeconds(1));

        assertThat(live.latest(POINT)).contains(new LatestReading(POINT, T0.plusNanos(1), 2.5,
                ReadingQuality.UNCERTAIN, T0.plusSeconds(1)));
        assertThat(live.latest("14052590001001WD0002A")).isEmpty();
    }

    @Test
    void backFillDoesNotReplaceTheLiveValueButCountsAsHearingFromThePoint() {
        live.record(List.of(reading(T0, 1.5, ReadingQuality.GOOD)), T0.plusSeconds(1));
        live.record(List.of(reading(T0.minusSeconds(3600), 9.5, ReadingQuality.GOOD)), T0.plusSeconds(60));

        assertThat(live.latest(POINT)).contains(new LatestReading(POINT, T0, 1.5, ReadingQuality.GOOD,
                T0.plusSeconds(60)));
    }

    @Test
    void aNewerReadingReplacesTheValueAndAnEarlierArrivalDoesNotMoveLastReceivedBack() {
        live.record(List.of(reading(T0, 1.5, ReadingQuality.GOOD)), T0.plusSeconds(10));
        live.record(List.of(reading(T0.plusSeconds(1), 3.5, ReadingQuality.BAD)), T0.plusSeconds(5));

        assertThat(live.latest(POINT)).contains(new LatestReading(POINT, T0.plusSeconds(1), 3.5,
                ReadingQuality.BAD, T0.plusSeconds(10)));
    }

    private static NewReading reading(Instant time, double value, ReadingQuality quality) {
        return new NewReading(POINT, time, value, quality, false);
    }
}
