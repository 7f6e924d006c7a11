package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class ReadingLogTest {

    @Autowired
    ReadingLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadingPartitions partitions;

    final String point = InMemoryPointDirectory.newPointCode(InMemoryPointDirectory.newEnterpriseCode());
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void storesAReSentReadingOnceAndCountsItAsADuplicate() {
        List<NewReading> batch = List.of(reading(now.minusSeconds(2), 1.0), reading(now.minusSeconds(1), 2.0));

        AppendOutcome first = log.append(batch).join();
        AppendOutcome again = log.append(batch).join();

        assertThat(first).isEqualTo(new AppendOutcome(2, 0));
        assertThat(again).isEqualTo(new AppendOutcome(0, 2));
        assertThat(count(point)).isEqualTo(2);
    }

    @Test
    void keepsTheFirstOfTwoReadingsOfOnePointAndTimeInOneRequest() {
        AppendOutcome outcome = log.append(List.of(reading(now, 1.0), reading(now, 9.0))).join();

        assertThat(outcome).isEqualTo(new AppendOutcome(1, 1));
        assertThat(jdbc.sql("SELECT value FROM reading WHERE point_code = ?").param(point)
                .query(Double.class).single()).isEqualTo(1.0);
    }

    @Test
    void attributesDuplicatesToTheRightRequestWhenRequestsAreGroupedTogether() {
        log.append(List.of(reading(now.minusSeconds(10), 1.0))).join();
        List<CompletableFuture<AppendOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            outcomes.add(log.append(List.of(reading(now.minusSeconds(10), 1.0), reading(now.plusMillis(i), i))));
        }

        assertThat(outcomes.stream().map(CompletableFuture::join))
                .allMatch(outcome -> outcome.equals(new AppendOutcome(1, 1)));
        assertThat(count(point)).isEqualTo(21);
    }

    @Test
    void storesBackFillMarkedLateAndCreatesTheMissingDayOnDemand() {
        Instant monthAgo = now.minus(30, ChronoUnit.DAYS);
        NewReading backFill = new NewReading(point, monthAgo, 4.5, ReadingQuality.GOOD, true);

        assertThat(log.append(List.of(backFill)).join()).isEqualTo(new AppendOutcome(1, 0));
        Map<String, Object> row = jdbc.sql("SELECT late, time, tableoid::regclass::text AS part FROM reading "
                + "WHERE point_code = ?").param(point).query().singleRow();
        assertThat(row.get("late")).isEqualTo(true);
        assertThat(((Timestamp) row.get("time")).toInstant()).isEqualTo(monthAgo);
        assertThat((String) row.get("part")).startsWith("reading_p");
    }

    @Test
    void storesAValueOutsideTheMeasuringRangeWithItsInvalidQuality() {
        log.append(List.of(new NewReading(point, now, 99.0, ReadingQuality.INVALID, false))).join();

        assertThat(jdbc.sql("SELECT quality FROM reading WHERE point_code = ?").param(point)
                .query(String.class).single()).isEqualTo("INVALID");
    }

    @Test
    void retentionDropsWholeDaysOlderThanTheFirstKeptDay() {
        Instant old = Instant.parse("2020-03-01T12:00:00Z");
        log.append(List.of(new NewReading(point, old, 1.0, ReadingQuality.GOOD, true),
                reading(now, 2.0))).join();

        partitions.dropBefore(LocalDate.parse("2020-03-02"));

        assertThat(jdbc.sql("SELECT time FROM reading WHERE point_code = ?").param(point)
                .query(Timestamp.class).list()).extracting(Timestamp::toInstant).containsExactly(now);
        assertThat(jdbc.sql("SELECT to_regclass('reading_p20200301') IS NULL").query(Boolean.class).single())
                .isTrue();
    }

    private NewReading reading(Instant time, double value) {
        return new NewReading(point, time, value, ReadingQuality.GOOD, false);
    }

    private int count(String pointCode) {
        return jdbc.sql("SELECT count(*) FROM reading WHERE point_code = ?").param(pointCode)
                .query(Integer.class).single();
    }
}
