package org.hazwatch.platform.quality;

import java.time.LocalDate;

/**
 * One enterprise's data quality on one day (in the platform's zone). Rates lie in 0..1 and are null where they do
 * not apply (no cameras, no points); {@code score} is 0..100 and {@code grade} A, B, C or D (SPEC §9).
 */
public record EnterpriseDayQuality(String enterpriseCode, LocalDate day, Double accessRate, Double onlineRate,
                                   Double timeliness, Double validity, Double videoOnlineRate, Double completeness,
                                   double score, String grade) {
}
