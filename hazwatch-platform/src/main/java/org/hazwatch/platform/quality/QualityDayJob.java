package org.hazwatch.platform.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hazwatch.platform.quality.rules.DailyRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily job (SPEC §9): from 00:30 in the zone, yesterday's quality of every enterprise, once. */
@Component
class QualityDayJob {

    private static final Logger log = LoggerFactory.getLogger(QualityDayJob.class);

    private final DataQuality quality;
    private final QualitySettings settings;
    private final Clock clock;

    QualityDayJob(DataQuality quality, QualitySettings settings, Clock clock) {
        this.quality = quality;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hazwatch.quality.check-every:5m}", initialDelayString = "${hazwatch.quality.first-look:1m}")
    void look() {
        runAt(clock.instant());
    }

    /** Computes the day due at {@code now}, if one is; answers it (the movable clock of tests calls this). */
    Optional<LocalDate> runAt(Instant now) {
        Optional<LocalDate> due = DailyRun.due(now, quality.zone(), settings.computeAt(),
                quality.lastStoredDay().orElse(null));
        due.ifPresent(day -> {
            int n = quality.computeAndStore(day);
            log.info("data quality of {} computed for {} enterprises", day, n);
        });
        return due;
    }
}
