package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.testing.PropertyCheck.forAll;

import java.util.ArrayList;
import java.util.List;
import org.hazwatch.testing.Choices;
import org.junit.jupiter.api.Test;

class Gb18218GradingPropertiesTest {

    private static final List<ChemicalAmount> CHEMICALS = List.of(new ChemicalAmount("7782-50-5", "氯", null, 0),
            new ChemicalAmount("67-56-1", "甲醇", null, 0),
            new ChemicalAmount("75-44-5", "光气", null, 0),
            new ChemicalAmount("1333-74-0", "氢", null, 0),
            new ChemicalAmount("115-07-1", "丙烯", "W2", 0),
            new ChemicalAmount("7783-41-7", "二氟化氧", null, 0));

    private final Gb18218Grading grading = new Gb18218Grading(new CatalogueFixture());

    /** One to six amounts of the fixture's chemicals, in tonnes to three decimals. */
    static List<ChemicalAmount> unit(Choices c) {
        return c.list(1, 6, a -> {
            ChemicalAmount chemical = a.oneOf(CHEMICALS.toArray(ChemicalAmount[]::new));
            double tonnes = Math.round(a.between(0.0, 10_000.0) * 1000) / 1000.0;
            return new ChemicalAmount(chemical.cas(), chemical.name(), chemical.hazardClass(), tonnes);
        });
    }

    record Growth(List<ChemicalAmount> unit, int people, double more, int which) {
    }

    @Test
    void rNeverFallsWhenAQuantityGrows() {
        forAll(c -> new Growth(unit(c), c.between(0, 500), c.between(0.0, 1000.0), c.between(0, 5)), g -> {
            int index = g.which() % g.unit().size();
            List<ChemicalAmount> grown = new ArrayList<>(g.unit());
            ChemicalAmount chosen = g.unit().get(index);
            grown.set(index, new ChemicalAmount(chosen.cas(), chosen.name(), chosen.hazardClass(),
                    chosen.quantityTonnes() + g.more()));
            Grading before = grading.grade(g.unit(), g.people());
            Grading after = grading.grade(grown, g.people());
            assertThat(after.r()).isGreaterThanOrEqualTo(before.r());
            assertThat(after.s()).isGreaterThanOrEqualTo(before.s());
            assertThat(after.level()).isLessThanOrEqualTo(before.level());
        });
    }

    record Exposure(List<ChemicalAmount> unit, int people, int more) {
    }

    @Test
    void rNeverFallsWhenMorePeopleAreExposed() {
        forAll(c -> new Exposure(unit(c), c.between(0, 500), c.between(0, 500)), e -> {
            Grading before = grading.grade(e.unit(), e.people());
            Grading after = grading.grade(e.unit(), e.people() + e.more());
            assertThat(after.r()).isGreaterThanOrEqualTo(before.r());
            assertThat(after.alpha()).isGreaterThanOrEqualTo(before.alpha());
            assertThat(after.s()).isEqualTo(before.s());
        });
    }

    record Site(List<ChemicalAmount> unit, int people) {
    }

    @Test
    void levelIsTheBandOfTable6ThatRFallsIn() {
        forAll(c -> new Site(unit(c), c.between(0, 500)), site -> {
            Grading g = grading.grade(site.unit(), site.people());
            int expected = g.r() >= 100 ? 1 : g.r() >= 50 ? 2 : g.r() >= 10 ? 3 : 4;
            assertThat(g.level()).isEqualTo(expected);
            assertThat(g.majorHazard()).isEqualTo(g.s() >= 1);
        });
    }
}
