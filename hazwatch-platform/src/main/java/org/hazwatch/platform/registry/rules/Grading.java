package org.hazwatch.platform.registry.rules;

import java.util.List;

/**
 * The GB 18218-2018 identification and grading of one unit (重大危险源辨识与分级). Values are kept at full
 * precision; round only for display.
 *
 * @param s           S = Σ q/Q; the unit is a major hazard source when S ≥ 1
 * @param r           R = α · Σ β·q/Q
 * @param level       1..4 for 一级..四级 by R (table 6); meaningful when {@code majorHazard}
 * @param alpha       α from the people exposed outside the plant (table 5)
 * @param majorHazard S ≥ 1
 * @param terms       one term per chemical, in the order given
 */
public record Grading(double s, double r, int level, double alpha, boolean majorHazard, List<GradingTerm> terms) {

    public Grading {
        terms = List.copyOf(terms);
    }
}
