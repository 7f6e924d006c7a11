package org.hazwatch.platform.org.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ParkCodeTest {

    @Property
    void acceptsTheParentCodeFollowedByPAndASerialFrom01To99(
            @ForAll @NumericChars @StringLength(6) String parent, @ForAll @IntRange(min = 1, max = 99) int serial) {
        assertThat(ParkCode.check(parent + "P" + String.format("%02d", serial), parent)).isEmpty();
    }

    @Test
    void refusesACodeThatDoesNotBeginWithItsParent() {
        assertThat(ParkCode.check("140521P01", "140525")).hasValueSatisfying(r -> assertThat(r).contains("140525"));
    }

    @Test
    void refusesMalformedCodes() {
        assertThat(ParkCode.check("140525P1", "140525")).isPresent();
        assertThat(ParkCode.check("140525X01", "140525")).isPresent();
        assertThat(ParkCode.check("140525100", "140525")).isPresent();
        assertThat(ParkCode.check(null, "140525")).isPresent();
    }

    @Test
    void refusesSerialZero() {
        assertThat(ParkCode.check("140525P00", "140525")).isPresent();
    }
}
