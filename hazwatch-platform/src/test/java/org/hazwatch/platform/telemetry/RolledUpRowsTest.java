package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.telemetry.rules.SeriesPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A series whose rollup rows are kept between calls (t-read, issue 17) is the series read in one statement: the
 * rows are read again once a rollup run moved the mark, so a late reading that revised an old row shows, and the
 * readings received since the last run are in it once.
 */
@PlatformTest
class RolledUpRowsTest {

    @Autowired
    ReadingLog log;
    @Autowired
    Rollups rollups;
    @Autowired
    SeriesRepository series;
    @Autowired
    RolledUpRows rolledUp;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLateReadingThatRevisesAnOldRowShowsInTheKeptSeriesAfterTheNextRollup() {
        String point = InMemoryPointDirectory.newPointCode(InMemoryPointDirectory.newEnterpriseCode());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<NewReading> readings = new ArrayList<>();
        for (int minute = 10; minute < 48 * 60; minute += 7) {
            readings.add(reading(point, now.minus(Duration.ofMinutes(minute)), minute % 97 / 3.0));
        }
        log.append(readings).join();
        rollups.rollUp();
        SeriesPlan plan = SeriesPlan.of(now.minus(Duration.ofDays(2)), now, 100);
        assertThat(plan.source()).isEqualTo(SeriesPlan.Source.TEN_MINUTE);

        List<SeriesRepository.Bucket> first = series.buckets(point, plan, true);
        sameAsInOneStatement(first, point, plan);
        assertThat(rolledUp.kept(RolledUpRows.Key.of(point, plan))).isPresent();

        Instant old = now.minus(Duration.ofHours(30));
        log.append(List.of(reading(point, old, 500.0))).join();
        List<SeriesRepository.Bucket> beforeRollup = series.buckets(point, plan, true);
        sameAsInOneStatement(beforeRollup, point, plan);
        assertThat(maxOf(beforeRollup)).as("an old late reading waits for the rollup, as in one statement")
                .isLessThan(500.0);

        rollups.rollUp();
        List<SeriesRepository.Bucket> afterRollup = series.buckets(point, plan, true);

        sameAsInOneStatement(afterRollup, point, plan);
        assertThat(maxOf(afterRollup)).isEqualTo(500.0);
        assertThat(countOf(afterRollup)).isEqualTo(countOf(first) + 1);
        assertThat(rolledUp.kept(RolledUpRows.Key.of(point, plan)).orElseThrow().receivedThrough())
                .isEqualTo(mark());
    }

    @Test
    void readingsReceivedSinceTheLastRollupAreInTheKeptSeriesOnce() {
        String point = InMemoryPointDirectory.newPointCode(InMemoryPointDirectory.newEnterpriseCode());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        log.append(List.of(reading(point, now.minus(Duration.ofHours(20)), 1.0),
                reading(point, now.minus(Duration.ofMinutes(50)), 2.0))).join();
        rollups.rollUp();
        SeriesPlan plan = SeriesPlan.of(now.minus(Duration.ofDays(2)), now, 60);
        series.buckets(point, plan, true);

        log.append(List.of(reading(point, now.minus(Duration.ofMinutes(25)), 9.0),
                reading(point, now.minus(Duration.ofSeconds(30)), 4.0))).join();
        List<SeriesRepository.Bucket> tail = series.buckets(point, plan, true);

        sameAsInOneStatement(tail, point, plan);
        assertThat(countOf(tail)).isEqualTo(4);
        rollups.rollUp();
        List<SeriesRepository.Bucket> rolled = series.buckets(point, plan, true);
        sameAsInOneStatement(rolled, point, plan);
        assertThat(countOf(rolled)).as("rolled up now, still once").isEqualTo(4);
    }

    @Test
    void theRetentionJobForgetsTheKeptRows() {
        String point = InMemoryPointDirectory.newPointCode(InMemoryPointDirectory.newEnterpriseCode());
        Instant now = Instant.now();
        log.append(List.of(reading(point, now.minus(Duration.ofHours(5)), 3.0))).join();
        rollups.rollUp();
        SeriesPlan plan = SeriesPlan.of(now.minus(Duration.ofDays(1)), now, 50);
        series.buckets(point, plan, true);
        assertThat(rolledUp.kept(RolledUpRows.Key.of(point, plan))).isPresent();

        rollups.dropOldMinutes();

        assertThat(rolledUp.kept(RolledUpRows.Key.of(point, plan))).isEmpty();
    }

    private void sameAsInOneStatement(List<SeriesRepository.Bucket> actual, String point, SeriesPlan plan) {
        List<SeriesRepository.Bucket> expected = series.inOneStatement(point, plan);
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            SeriesRepository.Bucket a = actual.get(k);
            SeriesRepository.Bucket e = expected.get(k);
            assertThat(a.index()).isEqualTo(e.index());
            assertThat(a.count()).isEqualTo(e.count());
            assertThat(a.min()).isEqualTo(e.min());
            assertThat(a.max()).isEqualTo(e.max());
            assertThat(a.avg()).isCloseTo(e.avg(), within(1e-9));
        }
    }

    private Instant mark() {
        return jdbc.sql("SELECT received_through FROM rollup_progress").query(Timestamp.class).single().toInstant();
    }

    private static double maxOf(List<SeriesRepository.Bucket> buckets) {
        return buckets.stream().mapToDouble(SeriesRepository.Bucket::max).max().orElseThrow();
    }

    private static long countOf(List<SeriesRepository.Bucket> buckets) {
        return buckets.stream().mapToLong(SeriesRepository.Bucket::count).sum();
    }

    private static NewReading reading(String point, Instant time, double value) {
        return new NewReading(point, time, value, ReadingQuality.GOOD, false);
    }
}
