package org.hazwatch.platform.quality.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When the daily job computes (SPEC §9, 00:30 in the zone): from that time on, yesterday, unless it is done already.
 * A platform that was down at 00:30 catches up at its next look.
 */
public final class DailyRun {

    private DailyRun() {
    }

    /** The day to compute now, if any. */
    public static Optional<LocalDate> due(Instant now, ZoneId zone, LocalTime at, LocalDate lastComputed) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate yesterday = local.toLocalDate().minusDays(1);
        if (local.toLocalTime().isBefore(at)) {
            return Optional.empty();
        }
        return lastComputed != null && !lastComputed.isBefore(yesterday) ? Optional.empty() : Optional.of(yesterday);
    }
}
