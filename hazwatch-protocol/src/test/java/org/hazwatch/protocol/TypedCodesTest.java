package org.hazwatch.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TypedCodesTest {

    static final String POINT = "14052500001001G0001YW001";

    @Test
    void aPointCodeKnowsItsWholeLineage() {
        PointCode point = PointCode.of(POINT);

        assertThat(point.enterprise()).isEqualTo(EnterpriseCode.of("14052500001"));
        assertThat(point.hazardSource()).isEqualTo(HazardSourceCode.of("14052500001001"));
        assertThat(point.equipment()).isEqualTo(EquipmentCode.of("14052500001001G0001"));
        assertThat(point.kind()).isEqualTo(PointKind.YW);
        assertThat(point.equipment().type()).isEqualTo(EquipmentType.G0);
        assertThat(point.equipment().hazardSource().enterprise()).isEqualTo(point.enterprise());
        assertThat(GatewayCode.of("1405250000101").enterprise()).isEqualTo(point.enterprise());
    }

    @Test
    void printsAsTheBareCode() {
        assertThat(PointCode.of(POINT)).hasToString(POINT);
        assertThat("" + EnterpriseCode.of("14052500001")).isEqualTo("14052500001");
    }

    @Test
    void refusesMalformedCodesWithTheCheckReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseCode.of("1405250000")).withMessageContaining("11");
        assertThatIllegalArgumentException().isThrownBy(() -> PointCode.of("14052500001001G0001AB001"))
                .withMessageContaining("AB");
        assertThatIllegalArgumentException().isThrownBy(() -> PointCode.of("1405250000A001G0001YW001"))
                .withMessageContaining("position 11");
        assertThatIllegalArgumentException().isThrownBy(() -> EquipmentCode.of("14052500001001X9001"))
                .withMessageContaining("X9");
        assertThatIllegalArgumentException().isThrownBy(() -> HazardSourceCode.of(null)).withMessageContaining("missing");
        assertThatIllegalArgumentException().isThrownBy(() -> GatewayCode.of("0000000000101"));
    }

    @Test
    void theNullableFormsPassNullThrough() {
        assertThat(PointCode.ofNullable(null)).isNull();
        assertThat(HazardSourceCode.ofNullable("14052500001001")).isEqualTo(HazardSourceCode.of("14052500001001"));
    }

    @Test
    void crossesTheWireAsAPlainString() {
        record Carrier(PointCode point, EnterpriseCode enterprise) {
        }
        Carrier carrier = new Carrier(PointCode.of(POINT), EnterpriseCode.of("14052500001"));

        String json = new String(WireJson.encode(carrier));

        assertThat(json).isEqualTo("{\"point\":\"" + POINT + "\",\"enterprise\":\"14052500001\"}");
        assertThat(WireJson.mapper().readValue(json, Carrier.class)).isEqualTo(carrier);
    }

    /** Property: every well-formed code chain parses, and each level gives back exactly its parent's code. */
    @RepeatedTest(500)
    void everyWellFormedChainParsesAndKnowsItsParents(RepetitionInfo repetition) {
        Random random = new Random(20261205L + repetition.getCurrentRepetition());
        String enterprise = String.format("%06d", 100000 + random.nextInt(900000)) + String.format("%05d",
                random.nextInt(100000));
        String hazard = enterprise + String.format("%03d", random.nextInt(1000));
        EquipmentType type = EquipmentType.values()[random.nextInt(EquipmentType.values().length)];
        String equipment = hazard + type.name() + String.format("%03d", random.nextInt(1000));
        PointKind kind = PointKind.values()[random.nextInt(PointKind.values().length)];
        String point = equipment + kind.name() + String.format("%03d", random.nextInt(1000));

        PointCode code = PointCode.of(point);

        assertThat(code.toString()).isEqualTo(point);
        assertThat(code.enterprise().code()).isEqualTo(enterprise);
        assertThat(code.hazardSource().code()).isEqualTo(hazard);
        assertThat(code.equipment().code()).isEqualTo(equipment);
        assertThat(code.kind()).isEqualTo(kind);
        assertThat(code.equipment().type()).isEqualTo(type);
        assertThat(Codes.checkPoint(point, equipment)).isEmpty();
    }

    /** Property: a code with any one character replaced by a letter that does not belong is refused, never mis-read. */
    @RepeatedTest(500)
    void aCodeWithOneWrongCharacterIsRefused(RepetitionInfo repetition) {
        Random random = new Random(7L * repetition.getCurrentRepetition());
        int at = random.nextInt(POINT.length());
        char wrong = at >= 14 && at < 16 || at >= 19 && at < 21 ? '#' : (char) ('A' + random.nextInt(26));
        String broken = POINT.substring(0, at) + wrong + POINT.substring(at + 1);

        assertThatIllegalArgumentException().isThrownBy(() -> PointCode.of(broken));
    }
}
