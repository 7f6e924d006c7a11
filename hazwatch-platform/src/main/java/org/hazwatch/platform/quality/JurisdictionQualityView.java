package org.hazwatch.platform.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A jurisdiction's data quality of a day: the mean of its enterprises (score null when none was computed), the count
 * of each grade and the enterprises ranked best first.
 */
public record JurisdictionQualityView(String jurisdiction, String name, LocalDate day, Double accessRate,
                                      Double onlineRate, Double timeliness, Double validity, Double videoOnlineRate,
                                      Double completeness, Double score, String grade, int enterprises,
                                      Map<String, Integer> grades, List<Ranked> ranking) {

    /** One enterprise in the ranking (1 = best). */
    public record Ranked(int rank, String enterpriseCode, String name, Double accessRate, Double onlineRate,
                         Double timeliness, Double validity, Double videoOnlineRate, Double completeness,
                         double score, String grade) {
    }

    /** A day of the trend: the mean score, null for a day not computed. */
    public record TrendDay(LocalDate day, Double score, String grade) {
    }
}
