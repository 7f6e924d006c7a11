package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.org.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A trend read from the rollups includes the newest readings the rollups have not reached yet (issue 17), each
 * reading counted once, whether it was rolled up or not.
 */
@PlatformTest
class TrendTailTest {

    @Autowired
    ReadingLog log;
    @Autowired
    Rollups rollups;
    @Autowired
    InMemoryPointDirectory points;
    @Autowired
    Telemetry telemetry;

    @Test
    void aTrendFromTheMinuteRollupsEndsWithTheReadingsReceivedSinceTheLastRollup() {
        String point = points.addLevelPoint(InMemoryPointDirectory.newEnterpriseCode()).code();
        Instant now = Instant.now();
        log.append(List.of(reading(point, now.minus(Duration.ofMinutes(90)), 1.0),
                reading(point, now.minus(Duration.ofMinutes(60)), 3.0))).join();
        rollups.rollUp();
        log.append(List.of(reading(point, now.minusSeconds(20), 9.0), reading(point, now.minusSeconds(10), 8.0)))
                .join();

        Series series = telemetry.series(Actor.system(), point, now.minus(Duration.ofHours(2)),
                now.plus(1, ChronoUnit.MINUTES), 120);

        assertThat(series.source()).isEqualTo("MINUTE");
        assertThat(series.buckets().stream().mapToLong(Series.Bucket::count).sum())
                .as("every reading once, rolled up or not").isEqualTo(4);
        List<Series.Bucket> newest = series.buckets().stream()
                .filter(b -> b.time().toInstant().isAfter(now.minus(Duration.ofMinutes(5)))).toList();
        assertThat(newest).as("the newest readings, not yet rolled up").isNotEmpty();
        assertThat(newest.stream().mapToDouble(Series.Bucket::max).max().orElseThrow()).isEqualTo(9.0);
        assertThat(newest.stream().mapToDouble(Series.Bucket::min).min().orElseThrow()).isEqualTo(8.0);
        assertThat(series.buckets().get(0).max()).isEqualTo(1.0);
    }

    private static NewReading reading(String point, Instant time, double value) {
        return new NewReading(point, time, value, ReadingQuality.GOOD, true);
    }
}
