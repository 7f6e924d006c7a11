package org.hazwatch.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class RollupsTest {

    @Autowired
    ReadingLog log;

    @Autowired
    Rollups rollups;

    @Autowired
    JdbcClient jdbc;

    final String point = InMemoryPointDirectory.newPointCode(InMemoryPointDirectory.newEnterpriseCode());
    final Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
    final Instant minute = hour.plus(7, ChronoUnit.MINUTES);

    @Test
    void rollsUpMinMaxAvgCountAndLastOfTheUsableReadingsOfAMinute() {
        log.append(List.of(reading(minute.plusSeconds(10), 3.0, ReadingQuality.GOOD),
                reading(minute.plusSeconds(50), 2.0, ReadingQuality.UNCERTAIN),
                reading(minute.plusSeconds(30), 7.0, ReadingQuality.GOOD),
                reading(minute.plusSeconds(55), 99.0, ReadingQuality.INVALID),
                reading(minute.plusSeconds(59), 50.0, ReadingQuality.BAD))).join();

        rollups.rollUp();

        assertThat(bucket("reading_1m", minute)).containsExactly(2.0, 7.0, 4.0, 3.0, 2.0);
    }

    @Test
    void correctsAMinuteAlreadyRolledUpWhenLateReadingsArrive() {
        log.append(List.of(reading(minute.plusSeconds(10), 3.0, ReadingQuality.GOOD))).join();
        rollups.rollUp();

        log.append(List.of(reading(minute.plusSeconds(40), 5.0, ReadingQuality.GOOD),
                reading(minute.plusSeconds(5), 1.0, ReadingQuality.GOOD))).join();
        rollups.rollUp();

        assertThat(bucket("reading_1m", minute)).containsExactly(1.0, 5.0, 3.0, 3.0, 5.0);
    }

    @Test
    void rollsTheMinutesOfAnHourIntoTheHour() {
        log.append(List.of(reading(minute.plusSeconds(1), 4.0, ReadingQuality.GOOD),
                reading(minute.plusSeconds(2), 6.0, ReadingQuality.GOOD),
                reading(hour.plus(59, ChronoUnit.MINUTES), 8.0, ReadingQuality.GOOD),
                reading(hour.plusSeconds(1), -1.0, ReadingQuality.GOOD),
                reading(hour.plus(61, ChronoUnit.MINUTES), 100.0, ReadingQuality.GOOD))).join();

        rollups.rollUp();

        assertThat(bucket("reading_1h", hour)).containsExactly(-1.0, 8.0, 4.25, 4.0, 8.0);
        assertThat(bucket("reading_1h", hour.plus(1, ChronoUnit.HOURS))).containsExactly(100.0, 100.0, 100.0,
                1.0, 100.0);
    }

    @Test
    void rollsTheMinutesIntoTheirTenMinutesAndRevisesThemWhenLateReadingsArrive() {
        Instant tenMinutes = hour.plus(10, ChronoUnit.MINUTES);
        log.append(List.of(reading(tenMinutes.plusSeconds(30), 4.0, ReadingQuality.GOOD),
                reading(tenMinutes.plus(9, ChronoUnit.MINUTES), 6.0, ReadingQuality.GOOD),
                reading(tenMinutes.plus(10, ChronoUnit.MINUTES), 100.0, ReadingQuality.GOOD))).join();
        rollups.rollUp();

        assertThat(bucket("reading_10m", tenMinutes)).containsExactly(4.0, 6.0, 5.0, 2.0, 6.0);
        assertThat(bucket("reading_10m", tenMinutes.plus(10, ChronoUnit.MINUTES)))
                .containsExactly(100.0, 100.0, 100.0, 1.0, 100.0);

        log.append(List.of(reading(tenMinutes.plus(5, ChronoUnit.MINUTES), -4.0, ReadingQuality.GOOD),
                reading(tenMinutes.plus(9, ChronoUnit.MINUTES).plusSeconds(59), 7.0, ReadingQuality.UNCERTAIN),
                reading(tenMinutes.plus(3, ChronoUnit.MINUTES), 50.0, ReadingQuality.BAD))).join();
        rollups.rollUp();

        assertThat(bucket("reading_10m", tenMinutes)).as("revised by the late readings")
                .containsExactly(-4.0, 7.0, 3.25, 4.0, 7.0);
        assertThat(bucket("reading_1h", hour)).as("the hour from its 10 minutes")
                .containsExactly(-4.0, 100.0, 22.6, 5.0, 100.0);
    }

    @Test
    void aSecondRunWithNothingNewChangesNothing() {
        log.append(List.of(reading(minute, 1.0, ReadingQuality.GOOD))).join();
        rollups.rollUp();

        assertThat(rollups.rollUp()).isZero();
        assertThat(bucket("reading_1m", minute)).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0);
    }

    /** min, max, avg, count, last of the point's bucket. */
    private List<Double> bucket(String table, Instant start) {
        Map<String, Object> row = jdbc.sql("SELECT min, max, sum / count AS avg, count, last_value FROM " + table
                        + " WHERE point_code = ? AND bucket = ?")
                .params(point, Timestamp.from(start)).query().singleRow();
        return List.of((Double) row.get("min"), (Double) row.get("max"), (Double) row.get("avg"),
                ((Integer) row.get("count")).doubleValue(), (Double) row.get("last_value"));
    }

    private NewReading reading(Instant time, double value, ReadingQuality quality) {
        return new NewReading(point, time, value, quality, true);
    }
}
