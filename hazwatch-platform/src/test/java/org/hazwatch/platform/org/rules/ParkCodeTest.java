package org.hazwatch.platform.org.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazwatch.testing.PropertyCheck.forAll;

import org.junit.jupiter.api.Test;

class ParkCodeTest {

    record Park(String parent, int serial) {
    }

    @Test
    void acceptsTheParentCodeFollowedByPAndASerialFrom01To99() {
        forAll(c -> new Park(c.string(6, 6, "0123456789"), c.between(1, 99)), park ->
                assertThat(ParkCode.check(park.parent() + "P" + String.format("%02d", park.serial()), park.parent()))
                        .isEmpty());
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
