package org.hazwatch.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the console shows them: Beijing time. */
final class Shown {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private Shown() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    static String time(OffsetDateTime time) {
        return time == null ? "" : time(time.toInstant());
    }
}
