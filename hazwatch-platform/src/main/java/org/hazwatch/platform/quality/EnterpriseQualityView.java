package org.hazwatch.platform.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's data quality of a day (the API's body): the rates 0..1 (null where they do not apply), the score
 * and grade, the fields completeness missed, and its points worst first.
 *
 * @param stored false when the day was computed on demand (today so far, or a day the job has not done)
 * @param origin the platform that computed it when it was forwarded to this one (cascade, SPEC §12); null for own
 */
public record EnterpriseQualityView(String enterpriseCode, String name, LocalDate day, boolean stored,
                                    Double accessRate, Double onlineRate, Double timeliness, Double validity,
                                    Double videoOnlineRate, Double completeness, double score, String grade,
                                    List<String> missingFields, List<PointQualityView> points,
                                    String origin) {

    /** The day as forwarded by another platform, marked with its code. */
    public EnterpriseQualityView forwardedBy(String platform) {
        return new EnterpriseQualityView(enterpriseCode, name, day, stored, accessRate, onlineRate, timeliness,
                validity, videoOnlineRate, completeness, score, grade, missingFields, points, platform);
    }
}
