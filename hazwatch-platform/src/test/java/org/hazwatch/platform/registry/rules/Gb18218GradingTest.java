package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** S, R, α and the level of GB 18218-2018, worked by hand in the comments. */
class Gb18218GradingTest {

    private final Gb18218Grading grading = new Gb18218Grading(new CatalogueFixture());

    private static ChemicalAmount chlorine(double tonnes) {
        return new ChemicalAmount("7782-50-5", "氯", null, tonnes);
    }

    private static ChemicalAmount methanol(double tonnes) {
        return new ChemicalAmount("67-56-1", "甲醇", null, tonnes);
    }

    private static ChemicalAmount phosgene(double tonnes) {
        return new ChemicalAmount("75-44-5", "光气", null, tonnes);
    }

    @Test
    void chlorineBelowItsCriticalQuantityIsNoMajorHazard() {
        // S = 4/5 = 0.8 < 1; R = α 0.5 (nobody exposed) · β 4 · 0.8 = 1.6 → 四级
        Grading g = grading.grade(List.of(chlorine(4)), 0);
        assertThat(g.s()).isEqualTo(0.8);
        assertThat(g.majorHazard()).isFalse();
        assertThat(g.alpha()).isEqualTo(0.5);
        assertThat(g.r()).isEqualTo(1.6, within(1e-12));
        assertThat(g.level()).isEqualTo(4);
    }

    @Test
    void chlorineExactlyAtItsCriticalQuantityIsAMajorHazard() {
        // S = 5/5 = 1 ≥ 1; R = 1.0 (10 people) · 4 · 1 = 4 → 四级
        Grading g = grading.grade(List.of(chlorine(5)), 10);
        assertThat(g.s()).isEqualTo(1.0);
        assertThat(g.majorHazard()).isTrue();
        assertThat(g.r()).isEqualTo(4.0);
        assertThat(g.level()).isEqualTo(4);
    }

    @Test
    void chlorineFiveTimesItsCriticalQuantityWithAHundredPeopleIsLevelThree() {
        // S = 25/5 = 5; R = 2.0 · 4 · 5 = 40 → 三级
        Grading g = grading.grade(List.of(chlorine(25)), 100);
        assertThat(g.s()).isEqualTo(5.0);
        assertThat(g.r()).isEqualTo(40.0);
        assertThat(g.level()).isEqualTo(3);
    }

    @Test
    void mixtureOfChlorineAndMethanolSumsTheirShares() {
        // Cl₂ 20/5 = 4 (β 4, table 3); methanol 100/500 = 0.2 (β 1, W5.3)
        // S = 4.2; R = 1.2 (40 people) · (4·4 + 1·0.2) = 1.2 · 16.2 = 19.44 → 三级
        Grading g = grading.grade(List.of(chlorine(20), methanol(100)), 40);
        assertThat(g.s()).isEqualTo(4.2, within(1e-12));
        assertThat(g.r()).isEqualTo(19.44, within(1e-12));
        assertThat(g.level()).isEqualTo(3);
        assertThat(g.majorHazard()).isTrue();
        assertThat(g.terms()).extracting(GradingTerm::ratio).containsExactly(4.0, 0.2);
        assertThat(g.terms()).extracting(GradingTerm::beta).containsExactly(4.0, 1.0);
        assertThat(g.terms()).extracting(GradingTerm::criticalQ).containsExactly(5.0, 500.0);
    }

    @Test
    void mixtureCanBeAMajorHazardThoughNoChemicalReachesItsCriticalQuantity() {
        // Cl₂ 3/5 = 0.6 + methanol 250/500 = 0.5 → S = 1.1 ≥ 1
        Grading g = grading.grade(List.of(chlorine(3), methanol(250)), 1);
        assertThat(g.s()).isEqualTo(1.1, within(1e-12));
        assertThat(g.majorHazard()).isTrue();
    }

    @ParameterizedTest(name = "{0} people exposed → α {1}, R {2}")
    @CsvSource({"0, 0.5, 7.5", "1, 1.0, 15", "29, 1.0, 15", "30, 1.2, 18", "49, 1.2, 18", "50, 1.5, 22.5",
            "99, 1.5, 22.5", "100, 2.0, 30", "5000, 2.0, 30"})
    void alphaFollowsTheBandsOfTable5(int people, double alpha, double r) {
        // hydrogen 50 t: q/Q = 50/5 = 10, β 1.5 (W2) → Σβq/Q = 15; R = α · 15
        Grading g = grading.grade(List.of(new ChemicalAmount("1333-74-0", "氢", null, 50)), people);
        assertThat(g.alpha()).isEqualTo(alpha);
        assertThat(Gb18218Grading.alphaFor(people)).isEqualTo(alpha);
        assertThat(g.r()).isEqualTo(r, within(1e-12));
    }

    @ParameterizedTest(name = "{0} t phosgene with {1} people → R {2}, level {3}")
    @CsvSource({
            "3,     0, 100, 1",       // 3/0.3 = 10; 0.5 · 20 · 10 = 100 → 一级, exactly on the boundary
            "2.97,  0, 99, 2",        // 9.9 · 20 · 0.5 = 99 → 二级
            "0.75,  1, 50, 2",        // 0.75/0.3 = 2.5; 1.0 · 20 · 2.5 = 50 → 二级, exactly on the boundary
            "0.747, 1, 49.8, 3",      // 2.49 · 20 = 49.8 → 三级
            "0.15,  1, 10, 3",        // 0.15/0.3 = 0.5; 20 · 0.5 = 10 → 三级, exactly on the boundary
            "0.147, 1, 9.8, 4"})      // 0.49 · 20 = 9.8 → 四级
    void levelChangesExactlyAtTheBoundariesOfTable6(double tonnes, int people, double r, int level) {
        Grading g = grading.grade(List.of(phosgene(tonnes)), people);
        assertThat(g.r()).isEqualTo(r, within(1e-12));
        assertThat(g.level()).isEqualTo(level);
    }

    @Test
    void levelBoundaryIsReachedExactlyWhenSharesAddUpToIt() {
        // three times 1 t of phosgene: 3 · (1/0.3) = 10 by hand; R = 0.5 · 20 · 10 = 100 → 一级, not 99.99…
        Grading g = grading.grade(List.of(phosgene(1), phosgene(1), phosgene(1)), 0);
        assertThat(g.r()).isEqualTo(100.0);
        assertThat(g.level()).isEqualTo(1);
    }

    @Test
    void levelForFollowsTable6() {
        assertThat(Gb18218Grading.levelFor(100)).isEqualTo(1);
        assertThat(Gb18218Grading.levelFor(99.999)).isEqualTo(2);
        assertThat(Gb18218Grading.levelFor(50)).isEqualTo(2);
        assertThat(Gb18218Grading.levelFor(49.999)).isEqualTo(3);
        assertThat(Gb18218Grading.levelFor(10)).isEqualTo(3);
        assertThat(Gb18218Grading.levelFor(9.999)).isEqualTo(4);
        assertThat(Gb18218Grading.levelFor(0)).isEqualTo(4);
    }

    @Test
    void unitWithoutChemicalsIsNoMajorHazard() {
        Grading g = grading.grade(List.of(), 200);
        assertThat(g.s()).isZero();
        assertThat(g.r()).isZero();
        assertThat(g.level()).isEqualTo(4);
        assertThat(g.majorHazard()).isFalse();
        assertThat(g.terms()).isEmpty();
    }
}
