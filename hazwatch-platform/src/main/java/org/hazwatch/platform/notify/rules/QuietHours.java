package org.hazwatch.platform.notify.rules;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * Quiet hours (免打扰时段, default 22:00–07:00 Asia/Shanghai): short messages that can wait are held until the end.
 * Red and orange warnings, and alarms, are never held; e-mail, robots and the feed are never held.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** When a message of this kind and level by this medium may go out, at the earliest, if it arises at {@code at}. */
    public Instant release(Instant at, Medium medium, NoticeKind kind, WarningLevel level) {
        if (medium != Medium.SMS || kind == NoticeKind.ALARM || (level != null && level.major())
                || start.equals(end)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return at;
        }
        ZonedDateTime release = local.with(end).withSecond(0).withNano(0);
        if (!release.isAfter(local)) {
            release = release.plusDays(1);
        }
        return release.toInstant();
    }
}
