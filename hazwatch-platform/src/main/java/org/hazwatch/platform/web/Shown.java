package org.hazwatch.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hazwatch.platform.support.HazwatchProperties;
import org.springframework.stereotype.Component;

/** Times as the console shows them: in the platform's zone ({@code hazwatch.zone}, Beijing time unless set). */
@Component
class Shown {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private final ZoneId zone;

    Shown(HazwatchProperties hazwatch) {
        this.zone = hazwatch.zone();
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    String time(OffsetDateTime time) {
        return time == null ? "" : time(time.toInstant());
    }
}
