package org.hazwatch.platform.org.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazwatch.testing.PropertyCheck.forAll;

import org.junit.jupiter.api.Test;

class MobileNumberTest {

    @Test
    void acceptsElevenDigitsBeginningWith13To19() {
        forAll(c -> "1" + c.between(3, 9) + c.string(9, 9, "0123456789"),
                number -> assertThat(MobileNumber.valid(number)).isTrue());
        assertThat(MobileNumber.parse(" 13912345678 ")).hasValue("13912345678");
    }

    @Test
    void refusesLandlinesShortNumbersAnd10xTo12x() {
        assertThat(MobileNumber.valid("0356-2500001")).isFalse();
        assertThat(MobileNumber.valid("1391234567")).isFalse();
        assertThat(MobileNumber.valid("139123456789")).isFalse();
        assertThat(MobileNumber.valid("12912345678")).isFalse();
        assertThat(MobileNumber.valid("10086123456")).isFalse();
        assertThat(MobileNumber.valid(null)).isFalse();
        assertThat(MobileNumber.parse("  ")).isEmpty();
        assertThatThrownBy(() -> MobileNumber.parse("1391234567a")).isInstanceOf(IllegalArgumentException.class);
    }
}
