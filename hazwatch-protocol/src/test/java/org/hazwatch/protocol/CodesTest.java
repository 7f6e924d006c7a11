package org.hazwatch.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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

    @Property
    void everyWellFormedPointCodeIsAcceptedAndKnowsItsEnterprise(
            @ForAll @IntRange(min = 1, max = 99999) int serial, @ForAll @IntRange(min = 1, max = 999) int hazard,
            @ForAll EquipmentType type, @ForAll PointKind kind, @ForAll @IntRange(min = 0, max = 999) int n) {
        String enterprise = "140525" + String.format("%05d", serial);
        String hazardCode = enterprise + String.format("%03d", hazard);
        String equipment = hazardCode + type.name() + String.format("%03d", n);
        String point = equipment + kind.name() + String.format("%03d", n);
        assertThat(Codes.checkPoint(point, equipment)).isEmpty();
        assertThat(Codes.checkEquipment(equipment, hazardCode)).isEmpty();
        assertThat(PointCode.of(point).enterprise().code()).isEqualTo(enterprise);
        assertThat(PointCode.of(point).kind()).isEqualTo(kind);
    }
}
