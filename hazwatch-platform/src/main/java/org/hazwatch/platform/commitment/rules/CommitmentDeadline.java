package org.hazwatch.platform.commitment.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The daily deadline of the safety commitment: a wall-clock time in the jurisdiction's zone (default 10:00
 * Asia/Shanghai, SPEC §8, Guangdong rule). A day is the local calendar day, so an instant just after midnight UTC
 * can already be the next local day, and a submission belongs to the local day it was made on.
 */
public record CommitmentDeadline(LocalTime time, ZoneId zone) {

    public CommitmentDeadline {
        if (time == null || zone == null) {
            throw new IllegalArgumentException("a deadline needs a time and a zone");
        }
    }

    /** The instant the day's commitment falls due. */
    public Instant on(LocalDate day) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** The local day an instant falls on. */
    public LocalDate dayOf(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    /** Late when it is not strictly before the deadline ("before 10:00"). */
    public boolean isLate(LocalDate day, Instant submittedAt) {
        return !submittedAt.isBefore(on(day));
    }

    /**
     * @param firstSubmittedAt when the day's first version came; null when none came
     */
    public CommitmentStatus status(LocalDate day, Instant firstSubmittedAt, Instant now) {
        if (firstSubmittedAt != null) {
            return isLate(day, firstSubmittedAt) ? CommitmentStatus.LATE : CommitmentStatus.ON_TIME;
        }
        return now.isBefore(on(day)) ? CommitmentStatus.PENDING : CommitmentStatus.MISSING;
    }
}
