package org.hazwatch.platform.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.alarm.rules.AlarmDefaults;
import org.hazwatch.platform.alarm.rules.PointAlarmSettings;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.telemetry.InMemoryPointDirectory;
import org.hazwatch.platform.telemetry.NewReading;
import org.hazwatch.platform.telemetry.ReadingHistory;
import org.hazwatch.platform.telemetry.ReadingLog;
import org.hazwatch.platform.telemetry.ReadingQuality;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The what-if of 30 days of a 1 Hz point (2,592,000 stored readings) with the read from the database counted: the
 * readings go into the reading log by its own write path, then {@link WhatIf#ofPoint} is timed end to end (read,
 * both replays, the figures) and the read alone ({@link ReadingHistory#each}) beside it, five times each. A
 * measurement, not a timed assertion: it prints the times and checks the counts. Runs only with
 * {@code -Dhazwatch.bench.whatif=true}. The replay alone is the JMH {@code WhatIfReplayBenchmark}.
 */
@PlatformTest
class WhatIfScaleBench {

    static final int SECONDS = 30 * 24 * 3600;

    @Autowired
    ReadingLog log;

    @Autowired
    ReadingHistory history;

    @Autowired
    InMemoryAlarmPoints points;

    @Autowired
    WhatIf whatIf;

    @Test
    void thirtyDaysOfA1HzPointAreReadAndReplayedTwice() {
        Assumptions.assumeTrue(Boolean.getBoolean("hazwatch.bench.whatif"),
                "a measurement: run with -Dhazwatch.bench.whatif=true");
        String enterprise = InMemoryPointDirectory.newEnterpriseCode();
        String point = InMemoryPointDirectory.newPointCode(enterprise);
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(31));
        Instant to = from.plusSeconds(SECONDS);
        SplittableRandom random = new SplittableRandom(18);
        long writing = System.nanoTime();
        List<NewReading> chunk = new ArrayList<>();
        for (int i = 0; i < SECONDS; i++) {
            double value = 72 + 12 * Math.sin(2 * Math.PI * i / 21_600.0) + random.nextGaussian() * 1.5;
            chunk.add(new NewReading(point, from.plusSeconds(i), value, ReadingQuality.GOOD, false));
            if (chunk.size() == 50_000 || i == SECONDS - 1) {
                log.append(List.copyOf(chunk)).join();
                chunk.clear();
            }
        }
        System.out.printf("what-if bench: wrote %d readings in %d s%n", SECONDS,
                Duration.ofNanos(System.nanoTime() - writing).toSeconds());
        // registered only now: the live engine skipped the readings of a point it did not know
        points.add(new PointAlarmSettings(point, enterprise, null, 20.0, 80.0, 90.0, 0.5, Duration.ofSeconds(15),
                Duration.ofSeconds(15), null, AlarmDefaults.FLATLINE_AFTER), AlarmFixture.ZEZHOU);
        WhatIf.Proposal proposal = new WhatIf.Proposal(from, to, new WhatIf.Limits(null, 20.0, 82.0, 92.0), 3.0,
                30L, 60L);
        for (int run = 1; run <= 5; run++) {
            long reading = System.nanoTime();
            long[] count = {0};
            history.each(List.of(point), from.minus(WhatIf.LOOK_BACK), to, r -> count[0]++);
            long readNanos = System.nanoTime() - reading;
            long whole = System.nanoTime();
            WhatIf.Result result = whatIf.ofPoint(Actor.platformAdmin("bench"), point, proposal);
            long wholeNanos = System.nanoTime() - whole;
            System.out.printf("what-if bench run %d: read alone %d ms (%d readings); what-if end to end %d ms "
                    + "(current %d activations, %d chattering; proposed %d, %d)%n", run, readNanos / 1_000_000,
                    count[0], wholeNanos / 1_000_000, result.current().count(), result.current().chattering(),
                    result.proposed().count(), result.proposed().chattering());
            assertThat(result.readings()).isEqualTo(SECONDS);
            assertThat(result.proposed().count()).isLessThan(result.current().count());
        }
    }
}
