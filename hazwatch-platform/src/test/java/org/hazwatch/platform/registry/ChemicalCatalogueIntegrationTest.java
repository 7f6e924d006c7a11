package org.hazwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.IntStream;
import org.hazwatch.platform.PlatformTest;
import org.hazwatch.platform.registry.rules.CatalogueChemical;
import org.hazwatch.platform.registry.rules.ChemicalAmount;
import org.hazwatch.platform.registry.rules.Gb18218Grading;
import org.hazwatch.platform.registry.rules.GradingTerm;
import org.hazwatch.platform.registry.rules.HazardClass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue seeded by V4 against GB 18218-2018, through the JDBC catalogue and the grading bean. */
@PlatformTest
class ChemicalCatalogueIntegrationTest {

    @Autowired
    JdbcChemicalCatalogue catalogue;

    @Autowired
    Gb18218Grading grading;

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsEveryChemicalOfTable1() {
        List<CatalogueChemical> table1 = catalogue.all().stream().filter(CatalogueChemical::namedInTable1).toList();
        assertThat(table1).extracting(CatalogueChemical::table1Seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 85).boxed().toList());
        assertThat(catalogue.byCas("7782-50-5")).get().extracting(CatalogueChemical::criticalTonnes).isEqualTo(5.0);
        assertThat(catalogue.byCas("75-44-5")).get().extracting(CatalogueChemical::criticalTonnes).isEqualTo(0.3);
        assertThat(catalogue.byCas("106-97-8")).get().extracting(CatalogueChemical::name)
                .isEqualTo("液化石油气(含丙烷、丁烷及其混合物)");
        assertThat(catalogue.allByCas("9004-70-0")).hasSize(6);
        assertThat(catalogue.byCas("9004-70-0")).get().extracting(CatalogueChemical::criticalTonnes).isEqualTo(1.0);
        assertThat(catalogue.byName("煤气")).get().extracting(CatalogueChemical::table1Seq).isEqualTo(13);
        assertThat(catalogue.byName("液氯")).get().extracting(CatalogueChemical::table1Seq).isEqualTo(12);
    }

    @Test
    void everyTable1ChemicalHasABetaFromTable3OrFromAClassOfTable4() {
        for (CatalogueChemical chemical : catalogue.all()) {
            ChemicalAmount amount = new ChemicalAmount(chemical.casNumbers().stream().findFirst().orElse(null),
                    chemical.name(), null, 1);
            assertThat(grading.check(amount)).as(chemical.name()).isEmpty();
            GradingTerm term = grading.grade(List.of(amount), 0).terms().get(0);
            assertThat(term.beta()).as(chemical.name()).isGreaterThanOrEqualTo(1.0);
            assertThat(term.basis()).as(chemical.name()).doesNotStartWith("CAS");
            if (chemical.table3Beta() == null && chemical.hazardClasses().isEmpty()) {
                // only SO₃ is named in table 1 with no hazard of table 4 (corrosive only); it takes β 1
                assertThat(chemical.name()).isEqualTo("三氧化硫");
            }
            assertThat(chemical.classBasis()).as(chemical.name()).isNotBlank();
        }
    }

    @Test
    void namedToxicGasesCarryTheBetaOfTable3() {
        assertThat(catalogue.all().stream().filter(c -> c.table3Beta() != null))
                .extracting(CatalogueChemical::name, CatalogueChemical::table3Beta)
                .containsExactlyInAnyOrder(
                        tuple("氨", 2.0), tuple("二氧化氮", 10.0),
                        tuple("二氧化硫", 2.0), tuple("碳酰氯", 20.0),
                        tuple("环氧乙烷", 2.0), tuple("磷化氢", 20.0),
                        tuple("硫化氢", 5.0), tuple("氯化氢(无水)", 3.0),
                        tuple("氯", 4.0), tuple("溴甲烷", 3.0),
                        tuple("氟化氢", 5.0), tuple("氰化氢", 10.0),
                        tuple("异氰酸甲酯", 20.0),
                        tuple("一氧化碳", 2.0));
    }

    @Test
    void flammableGasesNamedInTheReadmeAreW2() {
        List.of("74-82-8", "1333-74-0", "68476-85-7", "74-85-1", "74-86-2", "106-99-0", "115-10-6", "75-01-4", "74-89-5")
                .forEach(cas -> assertThat(catalogue.byCas(cas)).as(cas).get()
                        .extracting(CatalogueChemical::hazardClasses).isEqualTo(List.of("W2")));
    }

    @Test
    void hazardClassTableIsTables2And4OfTheStandard() {
        assertThat(catalogue.hazardClasses()).containsExactlyElementsOf(HazardClass.GB18218);
        List<String> symbols = HazardClass.GB18218.stream().map(HazardClass::symbol).toList();
        catalogue.all().forEach(c -> assertThat(symbols).as(c.name()).containsAll(c.hazardClasses()));
    }

    @Test
    void chemicalAddedLaterIsGradedAfterARefresh() {
        ChemicalAmount propylene = new ChemicalAmount("115-07-1", "丙烯", null, 20);
        assertThat(grading.check(propylene)).isNotEmpty();
        jdbc.sql("""
                INSERT INTO chemical (name, cas_numbers, hazard_classes, class_basis)
                VALUES ('丙烯', ARRAY['115-07-1'], ARRAY['W2'], 'GHS：易燃气体类别1（测试）')
                """).update();
        try {
            catalogue.refresh();
            // Q 10 t (W2, table 2), β 1.5; 20 t → 2; R = 0.5 · 1.5 · 2 = 1.5
            assertThat(grading.check(propylene)).isEmpty();
            assertThat(grading.grade(List.of(propylene), 0).r()).isEqualTo(1.5);
        } finally {
            jdbc.sql("DELETE FROM chemical WHERE name = '丙烯'").update();
            catalogue.refresh();
        }
    }
}
