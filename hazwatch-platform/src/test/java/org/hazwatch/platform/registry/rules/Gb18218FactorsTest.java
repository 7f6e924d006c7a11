package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where Q and β come from: table 1 or table 2, table 3 or table 4, the catalogue's classes or the stated ones. */
class Gb18218FactorsTest {

    private final Gb18218Grading grading = new Gb18218Grading(new CatalogueFixture());

    private GradingTerm term(String cas, String name, String hazardClass, double tonnes) {
        return grading.grade(List.of(new ChemicalAmount(cas, name, hazardClass, tonnes)), 1).terms().get(0);
    }

    @Test
    void namedToxicGasTakesTheBetaOfTable3NotOfItsClasses() {
        // Cl₂ is W4 (β 1) and J3 (β 2), but table 3 gives 4: R = 1.0 · 4 · 5/5 = 4, not 2
        GradingTerm chlorine = term("7782-50-5", "氯", null, 5);
        assertThat(chlorine.beta()).isEqualTo(4.0);
        assertThat(chlorine.basis()).isEqualTo("Q 取表1第12项「氯」5 t；β 取表3 毒性气体「氯」4");
        // H₂S: W2 1.5, J3 2 by class, 5 by table 3
        assertThat(term("7783-06-4", "硫化氢", null, 1).beta()).isEqualTo(5.0);
    }

    @Test
    void otherTable1ChemicalTakesTheBetaOfItsClass() {
        GradingTerm methanol = term("67-56-1", "甲醇", null, 100);
        assertThat(methanol.criticalQ()).isEqualTo(500.0);
        assertThat(methanol.beta()).isEqualTo(1.0);
        assertThat(methanol.basis()).isEqualTo("Q 取表1第65项「甲醇」500 t；β 取表4 W5.3 易燃液体 1（目录类别 W5.3）");
        // diethyl ether is a category-1 flammable liquid, W5.1: β 1.5
        assertThat(term("60-29-7", "乙醚", null, 1).beta()).isEqualTo(1.5);
    }

    @Test
    void chemicalWithSeveralClassesTakesTheLargestBeta() {
        // OF₂: W4 β 1, J1 β 4 → 4; Q stays 1 t from table 1 although J1 would give 5 t
        GradingTerm oxygenDifluoride = term("7783-41-7", "二氟化氧", null, 0.5);
        assertThat(oxygenDifluoride.beta()).isEqualTo(4.0);
        assertThat(oxygenDifluoride.criticalQ()).isEqualTo(1.0);
        assertThat(oxygenDifluoride.basis()).endsWith("β 取表4 J1 急性毒性 4（目录类别 W4 1、J1 4 中取最大）");
    }

    @Test
    void chemicalOutsideTable1WithSeveralClassesTakesTheLowestQAndLargestBeta() {
        // catalogue entry with W2 (Q 10, β 1.5) and J1 (Q 5, β 4): Q 5, β 4; 10 t → q/Q 2, R = 1.0 · 4 · 2 = 8
        GradingTerm gas = term("999-99-1", "某有毒易燃气体", null, 10);
        assertThat(gas.criticalQ()).isEqualTo(5.0);
        assertThat(gas.beta()).isEqualTo(4.0);
        assertThat(gas.ratio()).isEqualTo(2.0);
        assertThat(gas.basis()).isEqualTo("Q 取表2 J1 急性毒性 5 t（目录类别 W2 10 t、J1 5 t 中取最小）；"
                + "β 取表4 J1 急性毒性 4（目录类别 W2 1.5、J1 4 中取最大）");
    }

    @Test
    void chemicalOutsideTable1IsGradedByTheClassStatedForIt() {
        // propylene, not in the catalogue, stated W2: Q 10, β 1.5; 20 t → 2; R = 1.0 · 1.5 · 2 = 3
        Grading g = grading.grade(List.of(new ChemicalAmount("115-07-1", "丙烯", "W2", 20)), 1);
        assertThat(g.terms().get(0).criticalQ()).isEqualTo(10.0);
        assertThat(g.terms().get(0).beta()).isEqualTo(1.5);
        assertThat(g.r()).isEqualTo(3.0);
        assertThat(g.terms().get(0).basis()).isEqualTo("Q 取表2 W2 易燃气体 10 t（申报类别 W2）；β 取表4 W2 易燃气体 1.5（申报类别 W2）");
    }

    @Test
    void severalStatedClassesGiveTheLowestQAndTheLargestBeta() {
        // stated W2 (Q 10, β 1.5) and J3 (Q 50, β 2): Q 10, β 2; 20 t → 2; R = 1.0 · 2 · 2 = 4
        Grading g = grading.grade(List.of(new ChemicalAmount("10035-10-6", "某气体", "W2;J3", 20)), 1);
        assertThat(g.terms().get(0).criticalQ()).isEqualTo(10.0);
        assertThat(g.terms().get(0).beta()).isEqualTo(2.0);
        assertThat(g.r()).isEqualTo(4.0);
    }

    @Test
    void statedClassChoosesTheBetaOfATable1ChemicalButNotItsQ() {
        // methanol handled above its boiling point: stated W5.1 → β 1.5, Q stays 500 t (table 1)
        GradingTerm methanol = term("67-56-1", "甲醇", "W5.1", 1000);
        assertThat(methanol.criticalQ()).isEqualTo(500.0);
        assertThat(methanol.beta()).isEqualTo(1.5);
        assertThat(methanol.basis()).contains("申报类别 W5.1");
    }

    @Test
    void statedClassDoesNotOverrideTheBetaOfTable3() {
        GradingTerm chlorine = term("7782-50-5", "氯", "W2", 5);
        assertThat(chlorine.beta()).isEqualTo(4.0);
        assertThat(chlorine.basis()).contains("表3 优先于申报类别");
    }

    @Test
    void table3GasOutsideTable1TakesQFromItsClassesAndBetaFromTable3() {
        // CO: W2 Q 10, J3 Q 50 → Q 10; β 2 from table 3 (classes alone would give 2 as well, but via J3)
        GradingTerm co = term("630-08-0", "一氧化碳", null, 5);
        assertThat(co.criticalQ()).isEqualTo(10.0);
        assertThat(co.beta()).isEqualTo(2.0);
        assertThat(co.basis()).contains("β 取表3 毒性气体「一氧化碳」2");
    }

    @Test
    void chemicalWithoutCasIsFoundByNameOrAlias() {
        assertThat(term(null, "煤气", null, 10).criticalQ()).isEqualTo(20.0);
        assertThat(term("", "液氯", null, 1).criticalQ()).isEqualTo(5.0);
    }

    @Test
    void everyCasOfATable1EntryFindsIt() {
        assertThat(term("8006-14-2", "天然气", null, 10).criticalQ()).isEqualTo(50.0);
        assertThat(term("74-82-8", "甲烷", null, 10).criticalQ()).isEqualTo(50.0);
    }

    @Test
    void nameChoosesAmongTable1EntriesSharingOneCas() {
        GradingTerm wet = term("9004-70-0", "硝化纤维素(含氮≤12.6%)", null, 10);
        assertThat(wet.criticalQ()).isEqualTo(50.0);
        assertThat(wet.beta()).isEqualTo(1.0);
    }

    @Test
    void sharedCasWithoutADistinguishingNameTakesTheLowestQ() {
        // 硝化棉 is an alias of both entries: the stricter, Q 1 t (explosive W1.1, β 2), and the basis says so
        GradingTerm nitrocellulose = term("9004-70-0", "硝化棉", null, 1);
        assertThat(nitrocellulose.criticalQ()).isEqualTo(1.0);
        assertThat(nitrocellulose.beta()).isEqualTo(2.0);
        assertThat(nitrocellulose.basis()).startsWith("CAS 9004-70-0 对应目录中2项，未能区分，取临界量最小的");
    }

    @Test
    void table1ChemicalWithNoClassOfTable4TakesBetaOne() {
        // SO₃ is corrosive only: Q 75 t from table 1, β 1
        GradingTerm so3 = term("7446-11-9", "三氧化硫", null, 75);
        assertThat(so3.beta()).isEqualTo(1.0);
        assertThat(so3.ratio()).isEqualTo(1.0, within(1e-12));
        assertThat(so3.basis()).contains("β 取 1");
    }

    @Test
    void termKeepsTheStatedNameOrElseTheCatalogueName() {
        assertThat(term("7782-50-5", "液氯", null, 1).name()).isEqualTo("液氯");
        assertThat(term("7782-50-5", null, null, 1).name()).isEqualTo("氯");
    }
}
