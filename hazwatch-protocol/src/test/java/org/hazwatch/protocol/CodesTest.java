package org.hazwatch.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hazwatch.testing.PropertyCheck.forAll;

import org.junit.jupiter.api.Test;

class CodesTest {

    static final String ENTERPRISE = "14052500001";

    @Test
    void acceptsTheSpecExampleChain() {
        assertThat(Codes.checkEnterprise(ENTERPRISE)).isEmpty();
        assertThat(Codes.checkHazardSource("14052500001001", ENTERPRISE)).isEmpty();
        assertThat(Codes.checkEquipment("14052500001001G0001", "14052500001001")).isEmpty();
        assertThat(Codes.checkPoint("14052500001001G0001YW001", "14052500001001G0001")).isEmpty();
        assertThat(Codes.checkGateway("1405250000101", ENTERPRISE)).isEmpty();
    }

    @Test
    void refusesWrongLengths() {
        assertThat(Codes.checkEnterprise("1405250000")).hasValueSatisfying(r -> assertThat(r).contains("11"));
        assertThat(Codes.checkHazardSource("140525000010011", ENTERPRISE)).hasValueSatisfying(r -> assertThat(r).contains("14"));
        assertThat(Codes.checkPoint("", "14052500001001G0001")).hasValueSatisfying(r -> assertThat(r).contains("missing"));
    }

    @Test
    void refusesACodeThatDoesNotExtendItsParent() {
        assertThat(Codes.checkHazardSource("14052500002001", ENTERPRISE))
                .hasValueSatisfying(r -> assertThat(r).contains("14052500001"));
        assertThat(Codes.checkPoint("14052500001001G0002YW001", "14052500001001G0001"))
                .hasValueSatisfying(r -> assertThat(r).contains("equipment"));
    }

    @Test
    void refusesUnknownTypeAndKindLetters() {
        assertThat(Codes.checkEquipment("14052500001001X9001", "14052500001001"))
                .hasValueSatisfying(r -> assertThat(r).contains("X9"));
        assertThat(Codes.checkPoint("14052500001001G0001AB001", "14052500001001G0001"))
                .hasValueSatisfying(r -> assertThat(r).contains("AB"));
    }

    @Test
    void refusesLettersWhereDigitsBelong() {
        assertThat(Codes.checkEnterprise("1405250000A")).isPresent();
        assertThat(Codes.checkPoint("14052500001001G0001YW0x1", "14052500001001G0001")).isPresent();
    }

    record PointCase(int serial, int hazard, EquipmentType type, PointKind kind, int n) {
    }

    @Test
    void everyWellFormedPointCodeIsAcceptedAndKnowsItsEnterprise() {
        forAll(c -> new PointCase(c.between(1, 99999), c.between(1, 999), c.oneOf(EquipmentType.class),
                c.oneOf(PointKind.class), c.between(0, 999)), p -> {
            String enterprise = "140525" + String.format("%05d", p.serial());
            String hazardCode = enterprise + String.format("%03d", p.hazard());
            String equipment = hazardCode + p.type().name() + String.format("%03d", p.n());
            String point = equipment + p.kind().name() + String.format("%03d", p.n());
            assertThat(Codes.checkPoint(point, equipment)).isEmpty();
            assertThat(Codes.checkEquipment(equipment, hazardCode)).isEmpty();
            assertThat(PointCode.of(point).enterprise().code()).isEqualTo(enterprise);
            assertThat(PointCode.of(point).kind()).isEqualTo(p.kind());
        });
    }
}
