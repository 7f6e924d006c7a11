package org.hazwatch.platform.registry.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Identification and grading of a major hazard source by GB 18218-2018 (危险化学品重大危险源辨识):
 * S = Σ q/Q decides whether the unit is a major hazard source, R = α · Σ β·q/Q its level.
 *
 * <p>Arithmetic is decimal at 34 significant digits, so hand-worked figures such as 3 t / 0.3 t = 10 land exactly on
 * the level boundaries of table 6; round only for display.
 */
public final class Gb18218Grading {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final FactorLookup lookup;

    public Gb18218Grading(ChemicalCatalogue catalogue) {
        this.lookup = new FactorLookup(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** Reasons (zh-CN) why this chemical cannot be graded; empty if it can. */
    public List<String> check(ChemicalAmount chemical) {
        List<String> reasons = new ArrayList<>();
        double q = chemical.quantityTonnes();
        if (!Double.isFinite(q) || q < 0) {
            reasons.add("存在量须为不小于 0 的吨数");
        }
        reasons.addAll(lookup.factors(chemical).problems());
        return List.copyOf(reasons);
    }

    /**
     * Grades a unit holding these chemicals with this many people exposed outside the plant within 500 m.
     *
     * @throws IllegalArgumentException if a chemical fails {@link #check} or {@code exposedPeople} is negative
     */
    public Grading grade(List<ChemicalAmount> chemicals, int exposedPeople) {
        if (exposedPeople < 0) {
            throw new IllegalArgumentException("暴露人数须不小于 0：" + exposedPeople);
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < chemicals.size(); i++) {
            for (String reason : check(chemicals.get(i))) {
                problems.add("第" + (i + 1) + "种化学品：" + reason);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("；", problems));
        }
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        List<GradingTerm> terms = new ArrayList<>();
        for (ChemicalAmount chemical : chemicals) {
            Factors factors = lookup.factors(chemical).factors();
            BigDecimal ratio = BigDecimal.valueOf(chemical.quantityTonnes())
                    .divide(BigDecimal.valueOf(factors.criticalTonnes()), PRECISION);
            s = s.add(ratio, PRECISION);
            weighted = weighted.add(ratio.multiply(BigDecimal.valueOf(factors.beta()), PRECISION), PRECISION);
            String name = chemical.name() == null || chemical.name().isBlank() ? factors.name() : chemical.name();
            terms.add(new GradingTerm(chemical.cas(), name, chemical.quantityTonnes(), factors.criticalTonnes(),
                    factors.beta(), ratio.doubleValue(), factors.basis()));
        }
        double alpha = alphaFor(exposedPeople);
        BigDecimal r = BigDecimal.valueOf(alpha).multiply(weighted, PRECISION);
        return new Grading(s.doubleValue(), r.doubleValue(), levelFor(r.doubleValue()), alpha,
                s.compareTo(BigDecimal.ONE) >= 0, terms);
    }

    /** α of GB 18218-2018 table 5 by the people exposed outside the plant within 500 m. */
    public static double alphaFor(int exposedPeople) {
        if (exposedPeople < 0) {
            throw new IllegalArgumentException("暴露人数须不小于 0：" + exposedPeople);
        }
        if (exposedPeople >= 100) {
            return 2.0;
        }
        if (exposedPeople >= 50) {
            return 1.5;
        }
        if (exposedPeople >= 30) {
            return 1.2;
        }
        return exposedPeople >= 1 ? 1.0 : 0.5;
    }

    /** The level of GB 18218-2018 table 6: 1 (一级) for R ≥ 100, 2 for 50 ≤ R < 100, 3 for 10 ≤ R < 50, else 4. */
    public static int levelFor(double r) {
        if (r >= 100) {
            return 1;
        }
        if (r >= 50) {
            return 2;
        }
        return r >= 10 ? 3 : 4;
    }
}
