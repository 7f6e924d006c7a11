package org.hazwatch.platform.video.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The duty room unattended (值班室脱岗, patrol item ③): the terminal reports {@code DUTY_ABSENT} again and again while
 * nobody is there. Reports no more than {@link #SAME_ABSENCE} apart belong to one absence, which lasts from its first
 * report to its last; an absence longer than {@link #FINDING} is a finding of the patrol.
 */
public final class DutyAbsences {

    public static final Duration SAME_ABSENCE = Duration.ofMinutes(5);
    public static final Duration FINDING = Duration.ofMinutes(10);

    /** One absence of a camera's duty room. */
    public record Absence(String camera, Instant from, Instant until) {

        public Duration length() {
            return Duration.between(from, until);
        }

        public boolean finding() {
            return length().compareTo(FINDING) > 0;
        }
    }

    private DutyAbsences() {
    }

    /** The absences of one camera from its {@code DUTY_ABSENT} report times (any order). */
    public static List<Absence> of(String camera, List<Instant> reports) {
        List<Instant> times = reports.stream().sorted().toList();
        List<Absence> absences = new ArrayList<>();
        Instant from = null;
        Instant last = null;
        for (Instant t : times) {
            if (last != null && Duration.between(last, t).compareTo(SAME_ABSENCE) > 0) {
                absences.add(new Absence(camera, from, last));
                from = null;
            }
            if (from == null) {
                from = t;
            }
            last = t;
        }
        if (from != null) {
            absences.add(new Absence(camera, from, last));
        }
        return absences;
    }

    /** Only the findings (longer than {@link #FINDING}). */
    public static List<Absence> findings(String camera, List<Instant> reports) {
        return of(camera, reports).stream().filter(Absence::finding).toList();
    }
}
