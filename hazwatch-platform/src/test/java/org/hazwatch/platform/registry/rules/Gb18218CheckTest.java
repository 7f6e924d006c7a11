package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What keeps a chemical from being graded. */
class Gb18218CheckTest {

    private final Gb18218Grading grading = new Gb18218Grading(new CatalogueFixture());

    @Test
    void knownChemicalWithAQuantityPassesTheCheck() {
        assertThat(grading.check(new ChemicalAmount("7782-50-5", "氯", null, 0))).isEmpty();
    }

    @Test
    void unknownCasWithoutAClassCannotBeGraded() {
        assertThat(grading.check(new ChemicalAmount("108-10-1", "甲基异丁基酮", null, 5)))
                .containsExactly("CAS 108-10-1 不在化学品目录中；请指定危险性类别（表2）");
    }

    @Test
    void unknownNameWithoutCasOrClassCannotBeGraded() {
        assertThat(grading.check(new ChemicalAmount(" ", "某物", null, 5)))
                .containsExactly("未给出 CAS 号，名称「某物」也不在化学品目录中；请给出 CAS 号或指定危险性类别（表2）");
    }

    @Test
    void statedClassMustBeOneOfTable2() {
        assertThat(grading.check(new ChemicalAmount("108-10-1", "甲基异丁基酮", "W5.9", 5)))
                .containsExactly("申报的危险性类别「W5.9」不是 GB 18218-2018 表2 的类别");
    }

    @Test
    void negativeOrNonFiniteQuantityIsRefused() {
        assertThat(grading.check(new ChemicalAmount("7782-50-5", "氯", null, -0.1)))
                .containsExactly("存在量须为不小于 0 的吨数");
        assertThat(grading.check(new ChemicalAmount("7782-50-5", "氯", null, Double.NaN))).hasSize(1);
        assertThat(grading.check(new ChemicalAmount("7782-50-5", "氯", null, Double.POSITIVE_INFINITY))).hasSize(1);
    }

    @Test
    void catalogueEntryOutsideTable1WithoutClassesHasNoCriticalQuantity() {
        assertThat(grading.check(new ChemicalAmount("999-99-2", "未分类物质", null, 1)))
                .containsExactly("「未分类物质」不在表1中，且未登记危险性类别，无法确定临界量；请指定危险性类别（表2）");
        assertThat(grading.check(new ChemicalAmount("999-99-2", "未分类物质", "W5.4", 1))).isEmpty();
    }

    @Test
    void catalogueEntryWithAnInvalidClassIsReported() {
        assertThat(grading.check(new ChemicalAmount("999-99-3", "错误类别物质", null, 1)))
                .contains("目录中「错误类别物质」的危险性类别「X9」不是 GB 18218-2018 表2 的类别");
    }

    @Test
    void gradingRefusesChemicalsThatFailTheCheckNamingEachOne() {
        List<ChemicalAmount> chemicals = List.of(new ChemicalAmount("7782-50-5", "氯", null, 1),
                new ChemicalAmount("108-10-1", "甲基异丁基酮", null, 5));
        assertThatThrownBy(() -> grading.grade(chemicals, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("第2种化学品：CAS 108-10-1 不在化学品目录中；请指定危险性类别（表2）");
    }

    @Test
    void negativeExposedPeopleIsRefused() {
        assertThatThrownBy(() -> grading.grade(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
