package org.hazwatch.platform.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.platform.registry.rules.Documents.ENTERPRISE;
import static org.hazwatch.platform.registry.rules.Documents.level;
import static org.hazwatch.platform.registry.rules.Documents.tankFarm;

import java.util.List;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Camera;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Chemical;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Equipment;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.junit.jupiter.api.Test;

class BaseDataValidatorTest {

    static final String POINT = ENTERPRISE + "001G0001YW001";

    final BaseDataValidator validator = new BaseDataValidator(Documents.LOOKUP, Documents.GRADABLE, false);

    @Test
    void acceptsTheSpecsChlorineTankFarm() {
        assertThat(validator.check(tankFarm(List.of(level(POINT, 0.5, 1.0, 8.0, 9.0))))).isEmpty();
    }

    @Test
    void acceptsAPointWithSomeLimitsLeftOut() {
        assertThat(validator.check(tankFarm(List.of(level(POINT, null, null, 8.0, null))))).isEmpty();
    }

    @Test
    void refusesHighHighBelowHighNamingBothValues() {
        assertThat(validator.check(tankFarm(List.of(level(POINT, 0.5, 1.0, 10.0, 9.5)))))
                .containsExactly(new DocumentProblem("hazardSources[0].equipment[0].points[0].hh",
                        "hh 9.5 must be ≥ h 10; limits must be ordered ll ≤ l ≤ h ≤ hh within the range"));
    }

    @Test
    void refusesALimitOutsideTheMeasuringRange() {
        assertThat(validator.check(tankFarm(List.of(level(POINT, -1.0, 1.0, 8.0, 9.0)))))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("hazardSources[0].equipment[0].points[0].ll");
                    assertThat(p.reason()).contains("outside the range 0 … 10");
                });
    }

    @Test
    void refusesAKindThatDoesNotMatchTheCodesKindLetters() {
        var point = new BaseDataDocument.Point(POINT, "液位", "WD", "m", 0.0, 10.0, null, null, null, null, null,
                null, null, null);
        assertThat(validator.check(tankFarm(List.of(point)))).containsExactly(new DocumentProblem(
                "hazardSources[0].equipment[0].points[0].kind", "kind WD does not match the code's kind letters YW"));
    }

    @Test
    void reportsEveryProblemOfTheDocumentAtOnce() {
        var points = List.of(level(POINT, 0.5, 1.0, 8.0, 7.0), level(POINT, 0.5, 1.0, 8.0, 9.0),
                level(ENTERPRISE + "001G0002YW001", null, null, null, null));
        var chemicals = List.of(new Chemical("7782-50-5", "氯", null, 20.0), new Chemical("64-17-5", "乙醇", null, 5.0),
                new Chemical("7782-50-6", "错", null, 1.0));

        assertThat(validator.check(tankFarm(points, chemicals))).extracting(DocumentProblem::path).containsExactly(
                "hazardSources[0].chemicals[1]",
                "hazardSources[0].chemicals[2].cas",
                "hazardSources[0].equipment[0].points[0].hh",
                "hazardSources[0].equipment[0].points[1].code",
                "hazardSources[0].equipment[0].points[2].code");
    }

    @Test
    void acceptsAChemicalWithoutCasThatTheCatalogueKnowsByNameButNotTwice() {
        var coalGas = new Chemical(null, "煤气", null, 2.0);
        assertThat(validator.check(tankFarm(List.of(), List.of(coalGas)))).isEmpty();
        assertThat(validator.check(tankFarm(List.of(), List.of(coalGas, coalGas)))).containsExactly(
                new DocumentProblem("hazardSources[0].chemicals[1].name",
                        "chemical 煤气 is listed twice in this hazard source"));
    }

    @Test
    void namesTheFirstOccurrenceOfADuplicateCode() {
        var problems = validator.check(tankFarm(List.of(level(POINT, null, null, null, null),
                level(POINT, null, null, null, null))));
        assertThat(problems).containsExactly(new DocumentProblem("hazardSources[0].equipment[0].points[1].code",
                "duplicate code " + POINT + ", also at hazardSources[0].equipment[0].points[0]"));
    }

    @Test
    void refusesTypeSpecificValuesOnTheWrongEquipmentType() {
        var document = tankFarm(List.of());
        var detector = new Equipment(ENTERPRISE + "001Q0001", "Q0", "探测器", null, 30.0, null, null, 100.0, null,
                null, null, null, null);
        var source = document.hazardSources().get(0);
        var withDetector = new BaseDataDocument(document.enterprise(), List.of(new HazardSource(source.code(),
                source.name(), 40, source.chemicals(), null, List.of(source.equipment().get(0), detector))),
                document.gateways(), null);

        assertThat(validator.check(withDetector)).extracting(DocumentProblem::path).containsExactly(
                "hazardSources[0].equipment[1].volumeM3", "hazardSources[0].equipment[1].areaM2");
    }

    @Test
    void refusesACameraOnEquipmentOutsideTheDocument() {
        var document = tankFarm(List.of());
        var withCamera = new BaseDataDocument(document.enterprise(), document.hazardSources(), document.gateways(),
                List.of(new Camera(ENTERPRISE + "V01", "球机", null, ENTERPRISE + "001G0009", "ftp://x/y")));
        assertThat(validator.check(withCamera)).extracting(DocumentProblem::path)
                .containsExactly("cameras[0].equipment", "cameras[0].streamUrl");
    }

    @Test
    void refusesAHazardSourceWithoutChemicalsAndWithoutExposedPeople() {
        var source = new HazardSource(ENTERPRISE + "001", "空罐区", null, null, null, null);
        var document = new BaseDataDocument(Documents.enterprise(ENTERPRISE, "140525", null), List.of(source), null,
                null);
        assertThat(validator.check(document)).extracting(DocumentProblem::path)
                .containsExactly("hazardSources[0].exposedPeople", "hazardSources[0].chemicals");
    }

    @Test
    void refusesCoordinatesGivenTheWrongWayRound() {
        var e = Documents.enterprise(ENTERPRISE, "140525", null);
        var swapped = new BaseDataDocument.Enterprise(e.code(), e.name(), null, e.jurisdiction(), null, null, 35.49,
                112.85, null, null);
        assertThat(validator.check(new BaseDataDocument(swapped, null, null, null)))
                .extracting(DocumentProblem::path).containsExactly("enterprise.lon", "enterprise.lat");
    }

    @Test
    void refusesAMissingEnterprise() {
        assertThat(validator.check(new BaseDataDocument(null, null, null, null)))
                .containsExactly(new DocumentProblem("enterprise", "is missing"));
    }
}
