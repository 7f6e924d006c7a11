package org.hazwatch.platform.analysis.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days of a report, both inclusive, in the platform's zone; each figure is set against the previous period of
 * the same length, which ends the day before this one starts (SPEC §9).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** A year and a day: a report longer than that is refused (a monthly bulletin is 28–31 days). */
    public static final int LONGEST_DAYS = 366;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("报告期的起止日期必填");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("报告期的结束日期早于开始日期");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > LONGEST_DAYS) {
            throw new IllegalArgumentException("报告期最长 " + LONGEST_DAYS + " 天");
        }
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public ReportPeriod previous() {
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** Every day, in order. */
    public List<LocalDate> eachDay() {
        List<LocalDate> all = new ArrayList<>(days());
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            all.add(d);
        }
        return all;
    }

    /** The days of the period that have ended by {@code today} (today itself is still running). */
    public int daysEndedBy(LocalDate today) {
        if (!today.isAfter(from)) {
            return 0;
        }
        LocalDate last = today.isAfter(to) ? to : today.minusDays(1);
        return (int) ChronoUnit.DAYS.between(from, last) + 1;
    }
}
