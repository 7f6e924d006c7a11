package org.hazwatch.platform.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The GB 18218-2018 grading of a hazard source with its working: S = Σ q/Q, R = α · Σ β·q/Q, the level the
 * figures give, and the official level if a regulator recorded one.
 *
 * @param level the computed level, 1 (一级) … 4 (四级)
 */
public record GradingView(String hazardSourceCode, double s, double r, int level, double alpha,
                          boolean majorHazard, Integer officialLevel, List<Term> terms) {

    /** One chemical's share: q its tonnes, Q its critical quantity, β its correction factor, ratio q/Q. */
    public record Term(String cas, String name, double q, @JsonProperty("Q") double criticalQ, double beta,
                       double ratio, String basis) {
    }
}
