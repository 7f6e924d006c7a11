package org.hazwatch.platform.analysis;

import java.time.LocalDate;

/** The figures of a jurisdiction for a period (days in the platform's zone, both inclusive), for bulletins and pages. */
public interface PeriodReports {

    /** The report of the jurisdiction node {@code jurisdictionCode} for {@code from..to}; 404 for an unknown node. */
    Report report(String jurisdictionCode, LocalDate from, LocalDate to);
}
