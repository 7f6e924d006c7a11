package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.testing.Gen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A trend read from the 10-minute rollups (issue 17: a 30-day trend at 1,000 buckets) gives what the raw readings
 * give, bucket for bucket: late readings revise their rows, the readings received since the last rollup are in it
 * once, and a span ending inside 10 minutes ends at its end.
 */
@PlatformTest
class TenMinuteTrendTest {

    @Autowired
    ReadingLog log;
    @Autowired
    Rollups rollups;
    @Autowired
    InMemoryPointDirectory points;
    @Autowired
    Telemetry telemetry;

    /**
     * A reading {@code second}s after the span's start, or if {@code nearStep} a second or two around the start of
     * the {@code second / 600}th 10 minutes (UTC) of the span; in batch {@code batch} (0–2 rolled up, 3 not).
     */
    record Drawn(long second, boolean nearStep, double value, ReadingQuality quality, int batch) {

        long at(Instant start, long span) {
            if (!nearStep) {
                return second;
            }
            long firstStep = (600 - start.getEpochSecond() % 600) % 600;
            return Math.max(0, Math.min(span - 1, firstStep + second / 600 * 600 + second % 4 - 2));
        }
    }

    record Case(long spanSeconds, long widthSeconds, List<Drawn> readings) {
    }

    @Test
    void aTrendFromTenMinuteRollupsEqualsTheTrendOfTheRawReadingsIncludingLateAndNotYetRolledUpOnes() {
        Gen<Case> cases = c -> {
            long span = c.between(86_400L, 3 * 86_400L);
            long edgeOfTail = span - 1_800;
            Gen<Drawn> reading = r -> {
                long second = r.between(0, span - 1);
                int batch = second >= edgeOfTail && r.oneIn(2) ? 3 : r.between(0, 2);
                return new Drawn(second, r.oneIn(3), Math.round(r.between(-50.0, 150.0) * 100) / 100.0,
                        r.oneIn(6) ? r.oneOf(ReadingQuality.class) : ReadingQuality.GOOD, batch);
            };
            return new Case(span, c.between(41 * 60L, 59 * 60L), c.list(1, 200, reading));
        };
        forAll(20, cases, aCase -> {
            String point = points.addLevelPoint(InMemoryPointDirectory.newEnterpriseCode()).code();
            Instant to = Instant.now().minusSeconds(1);
            Instant start = to.minusSeconds(aCase.spanSeconds()).truncatedTo(ChronoUnit.SECONDS);
            Set<Long> seen = new HashSet<>();
            List<Drawn> readings = aCase.readings().stream()
                    .map(r -> new Drawn(r.at(start, aCase.spanSeconds()), false, r.value(), r.quality(), r.batch()))
                    .filter(r -> seen.add(r.second())).toList();
            for (int batch = 0; batch <= 3; batch++) {
                int b = batch;
                List<NewReading> appended = readings.stream().filter(r -> r.batch() == b)
                        .map(r -> new NewReading(point, start.plusSeconds(r.second()), r.value(), r.quality(), b > 0))
                        .toList();
                if (!appended.isEmpty()) {
                    log.append(appended).join();
                }
                if (batch < 3) {
                    rollups.rollUp();
                }
            }
            int maxPoints = (int) (aCase.spanSeconds() / aCase.widthSeconds());

            Series series = telemetry.series(Actor.system(), point, start, to, maxPoints);

            assertThat(series.source()).isEqualTo("TEN_MINUTE");
            Instant from = series.from().toInstant();
            Map<Long, List<Double>> expected = new TreeMap<>();
            readings.stream().filter(r -> r.quality() == ReadingQuality.GOOD
                            || r.quality() == ReadingQuality.UNCERTAIN)
                    .forEach(r -> expected.computeIfAbsent(
                            Duration.between(from, start.plusSeconds(r.second())).toSeconds() / series.bucketSeconds(),
                            i -> new ArrayList<>()).add(r.value()));
            assertThat(series.buckets()).hasSize(expected.size());
            int k = 0;
            for (var bucket : expected.entrySet()) {
                Series.Bucket actual = series.buckets().get(k++);
                List<Double> values = bucket.getValue();
                assertThat(actual.time().toInstant())
                        .isEqualTo(from.plusSeconds(bucket.getKey() * series.bucketSeconds()));
                assertThat(actual.count()).isEqualTo(values.size());
                assertThat(actual.min()).isEqualTo(values.stream().mapToDouble(v -> v).min().orElseThrow());
                assertThat(actual.max()).isEqualTo(values.stream().mapToDouble(v -> v).max().orElseThrow());
                assertThat(actual.avg()).isCloseTo(values.stream().mapToDouble(v -> v).average().orElseThrow(),
                        within(1e-9));
            }
        });
    }

    @Test
    void aReadingReceivedAfterTheLastRollupIsInTheTenMinuteTrendOnce() {
        String point = points.addLevelPoint(InMemoryPointDirectory.newEnterpriseCode()).code();
        Instant now = Instant.now();
        Instant rolled = now.minus(Duration.ofHours(20));
        log.append(List.of(reading(point, rolled, 1.0), reading(point, now.minus(Duration.ofMinutes(40)), 2.0)))
                .join();
        rollups.rollUp();
        Instant tail = now.minus(Duration.ofMinutes(25));
        log.append(List.of(reading(point, tail, 9.0))).join();

        Series series = telemetry.series(Actor.system(), point, now.minus(Duration.ofDays(2)), now, 60);

        assertThat(series.source()).isEqualTo("TEN_MINUTE");
        assertThat(series.buckets().stream().mapToLong(Series.Bucket::count).sum())
                .as("every reading once, rolled up or not").isEqualTo(3);
        assertThat(series.buckets().stream().mapToDouble(Series.Bucket::max).max().orElseThrow()).isEqualTo(9.0);
    }

    @Test
    void aSpanEndingInsideTenMinutesLeavesOutTheRowsReadingsAfterItsEnd() {
        String point = points.addLevelPoint(InMemoryPointDirectory.newEnterpriseCode()).code();
        Instant tenMinutes = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        log.append(List.of(reading(point, tenMinutes.minus(Duration.ofHours(20)), 1.0),
                reading(point, tenMinutes.plusSeconds(60), 4.0),
                reading(point, tenMinutes.plusSeconds(420), 70.0))).join();
        rollups.rollUp();

        Series series = telemetry.series(Actor.system(), point, tenMinutes.minus(Duration.ofHours(30)),
                tenMinutes.plusSeconds(300), 36);

        assertThat(series.source()).isEqualTo("TEN_MINUTE");
        Series.Bucket last = series.buckets().get(series.buckets().size() - 1);
        assertThat(last.count()).as("the reading 7 minutes in is after the span's end").isEqualTo(1);
        assertThat(last.max()).isEqualTo(4.0);
    }

    private static NewReading reading(String point, Instant time, double value) {
        return new NewReading(point, time, value, ReadingQuality.GOOD, true);
    }
}
