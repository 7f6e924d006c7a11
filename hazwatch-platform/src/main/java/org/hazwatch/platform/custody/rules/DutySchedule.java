package org.hazwatch.platform.custody.rules;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * How often each custody person checks (应急厅〔2021〕12号): the technical person at least once a quarter
 * (Art. 5), the operations person weekly (widely quoted), the main person every half year (default); all
 * configurable. The next check is due one interval after the last, in the local calendar; a duty never checked
 * is due at once.
 */
public record DutySchedule(Period main, Period technical, Period operations, ZoneId zone) {

    public Period interval(CustodyRole role) {
        return switch (role) {
            case MAIN -> main;
            case TECHNICAL -> technical;
            case OPERATIONS -> operations;
        };
    }

    /** When the next check is due; {@link Instant#EPOCH} when there was never one. */
    public Instant dueAt(CustodyRole role, Instant lastCheckedAt) {
        if (lastCheckedAt == null) {
            return Instant.EPOCH;
        }
        return lastCheckedAt.atZone(zone).plus(interval(role)).toInstant();
    }

    public boolean overdue(CustodyRole role, Instant lastCheckedAt, Instant now) {
        return !now.isBefore(dueAt(role, lastCheckedAt));
    }
}
