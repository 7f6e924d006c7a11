package org.hazwatch.platform.bulletin.rules;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When the scheduled bulletins fall due (SPEC §9): the weekly one on Monday for the previous Monday–Sunday, the
 * monthly one on the 1st for the previous month, each from the configured time of day (08:00 by default) on. The
 * whole day after that time counts, so a platform that was down at 08:00 still issues them that day; issuing twice
 * is prevented by the store, not here.
 */
public record BulletinCalendar(LocalTime issueAt) {

    public static final LocalTime DEFAULT_ISSUE_AT = LocalTime.of(8, 0);

    public BulletinCalendar {
        issueAt = issueAt == null ? DEFAULT_ISSUE_AT : issueAt;
    }

    /** The periods whose bulletins are due at {@code now} (a local time in the platform's zone). */
    public List<BulletinPeriod> due(LocalDateTime now) {
        List<BulletinPeriod> due = new ArrayList<>();
        if (now.toLocalTime().isBefore(issueAt)) {
            return due;
        }
        if (now.getDayOfWeek() == DayOfWeek.MONDAY) {
            due.add(BulletinPeriod.weekBefore(now.toLocalDate()));
        }
        if (now.getDayOfMonth() == 1) {
            due.add(BulletinPeriod.monthBefore(now.toLocalDate()));
        }
        return due;
    }
}
