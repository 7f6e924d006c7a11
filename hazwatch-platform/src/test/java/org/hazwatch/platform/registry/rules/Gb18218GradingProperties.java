package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class Gb18218GradingProperties {

    private final Gb18218Grading grading = new Gb18218Grading(new CatalogueFixture());

    @Property
    void rNeverFallsWhenAQuantityGrows(@ForAll("units") List<ChemicalAmount> unit,
                                       @ForAll @IntRange(min = 0, max = 500) int people,
                                       @ForAll @DoubleRange(min = 0, max = 1000) double more,
                                       @ForAll @IntRange(min = 0, max = 5) int which) {
        int index = which % unit.size();
        List<ChemicalAmount> grown = new ArrayList<>(unit);
        ChemicalAmount chosen = unit.get(index);
        grown.set(index, new ChemicalAmount(chosen.cas(), chosen.name(), chosen.hazardClass(),
                chosen.quantityTonnes() + more));
        Grading before = grading.grade(unit, people);
        Grading after = grading.grade(grown, people);
        assertThat(after.r()).isGreaterThanOrEqualTo(before.r());
        assertThat(after.s()).isGreaterThanOrEqualTo(before.s());
        assertThat(after.level()).isLessThanOrEqualTo(before.level());
    }

    @Property
    void rNeverFallsWhenMorePeopleAreExposed(@ForAll("units") List<ChemicalAmount> unit,
                                            @ForAll @IntRange(min = 0, max = 500) int people,
                                            @ForAll @IntRange(min = 0, max = 500) int more) {
        Grading before = grading.grade(unit, people);
        Grading after = grading.grade(unit, people + more);
        assertThat(after.r()).isGreaterThanOrEqualTo(before.r());
        assertThat(after.alpha()).isGreaterThanOrEqualTo(before.alpha());
        assertThat(after.s()).isEqualTo(before.s());
    }

    @Property
    void levelIsTheBandOfTable6ThatRFallsIn(@ForAll("units") List<ChemicalAmount> unit,
                                           @ForAll @IntRange(min = 0, max = 500) int people) {
        Grading g = grading.grade(unit, people);
        int expected = g.r() >= 100 ? 1 : g.r() >= 50 ? 2 : g.r() >= 10 ? 3 : 4;
        assertThat(g.level()).isEqualTo(expected);
        assertThat(g.majorHazard()).isEqualTo(g.s() >= 1);
    }

    @Provide
    Arbitrary<List<ChemicalAmount>> units() {
        Arbitrary<ChemicalAmount> amount = Combinators.combine(
                Arbitraries.of(new ChemicalAmount("7782-50-5", "氯", null, 0),
                        new ChemicalAmount("67-56-1", "甲醇", null, 0),
                        new ChemicalAmount("75-44-5", "光气", null, 0),
                        new ChemicalAmount("1333-74-0", "氢", null, 0),
                        new ChemicalAmount("115-07-1", "丙烯", "W2", 0),
                        new ChemicalAmount("7783-41-7", "二氟化氧", null, 0)),
                Arbitraries.doubles().between(0, 10_000).ofScale(3))
                .as((c, tonnes) -> new ChemicalAmount(c.cas(), c.name(), c.hazardClass(), tonnes));
        return amount.list().ofMinSize(1).ofMaxSize(6);
    }
}
