package org.hazwatch.platform.quality;

import java.time.LocalDate;
import java.util.List;
import org.hazwatch.platform.org.JurisdictionScope;

/**
 * The computed data-quality scores, for other features (bulletins, analysis, cascade): what the daily job stored.
 * Days not yet computed are absent, never invented.
 */
public interface QualityScores {

    /** Every enterprise's score in the scope for each day in {@code from..to} (inclusive). */
    List<EnterpriseDayQuality> days(JurisdictionScope scope, LocalDate from, LocalDate to);
}
