package org.hazwatch.platform.registry.rules;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Q and β from hazard classes: a chemical with several hazards takes the lowest Q of table 2 and the largest β of
 * table 4 (GB 18218-2018 §4.2 and table 4).
 */
record ClassChoice(double criticalTonnes, double beta, String qBasis, String betaBasis) {

    /** @param source whose classes these are, for the basis: 目录类别 or 申报类别 */
    static ClassChoice of(List<HazardClass> classes, String source) {
        HazardClass lowestQ = classes.stream().min(Comparator.comparingDouble(HazardClass::criticalTonnes)).orElseThrow();
        HazardClass largestBeta = classes.stream().max(Comparator.comparingDouble(HazardClass::beta)).orElseThrow();
        String qBasis = "Q 取表2 " + lowestQ.symbol() + " " + lowestQ.hazard() + " "
                + FactorLookup.number(lowestQ.criticalTonnes()) + " t（" + source
                + among(classes, c -> FactorLookup.number(c.criticalTonnes()) + " t", "最小") + "）";
        String betaBasis = "β 取表4 " + largestBeta.symbol() + " " + largestBeta.hazard() + " "
                + FactorLookup.number(largestBeta.beta()) + "（" + source
                + among(classes, c -> FactorLookup.number(c.beta()), "最大") + "）";
        return new ClassChoice(lowestQ.criticalTonnes(), largestBeta.beta(), qBasis, betaBasis);
    }

    private static String among(List<HazardClass> classes, Function<HazardClass, String> value, String which) {
        if (classes.size() == 1) {
            return " " + classes.get(0).symbol();
        }
        return " " + classes.stream().map(c -> c.symbol() + " " + value.apply(c)).collect(Collectors.joining("、"))
                + " 中取" + which;
    }
}
