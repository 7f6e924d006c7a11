package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {

    static final String P = Samples.ENTERPRISE + "001G0001";

    @TempDir
    Path dir;

    @Test
    void linesOfOneTimeFormOneSampleInFileOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("readings.csv"), """
                pointCode,time,value,quality
                %1$sYW001,2026-11-30T08:00:00+08:00,1.5
                %1$sWD001,2026-11-30T08:00:00+08:00,20.25,uncertain

                # a gap in the historian
                %1$sYW001,2026-11-30T08:00:10.500+08:00,1.6,BAD
                """.formatted(P));
        List<List<Reading>> samples = new ArrayList<>();

        new CsvSource(file, 0, Clock.systemUTC()).run(samples::add, new StopSignal());

        assertThat(samples).hasSize(2);
        assertThat(samples.get(0)).containsExactly(
                new Reading(P + "YW001", OffsetDateTime.parse("2026-11-30T08:00:00+08:00"), 1.5, Quality.GOOD),
                new Reading(P + "WD001", OffsetDateTime.parse("2026-11-30T08:00:00+08:00"), 20.25, Quality.UNCERTAIN));
        assertThat(samples.get(1)).containsExactly(
                new Reading(P + "YW001", OffsetDateTime.parse("2026-11-30T08:00:10.500+08:00"), 1.6, Quality.BAD));
    }

    @Test
    void aMalformedLineStopsTheSourceWithItsNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("readings.csv"), """
                %1$sYW001,2026-11-30T08:00:00+08:00,1.5
                %1$sYW001,2026-11-30 08:00:01,1.6
                """.formatted(P));
        List<List<Reading>> samples = new ArrayList<>();

        assertThatThrownBy(() -> new CsvSource(file, 0, Clock.systemUTC()).run(samples::add, new StopSignal()))
                .hasMessageContaining("readings.csv:2: time is not ISO-8601");
        assertThat(samples).isEmpty();
    }
}
