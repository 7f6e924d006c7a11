package org.hazwatch.platform.cascade.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformRegistrationTest {

    @Test
    void aCityWithSixDigitCodesAndANameMayBeRegistered() {
        assertThat(new PlatformRegistration("140500", "晋城市平台", "140500").problems()).isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsField() {
        assertThat(new PlatformRegistration("1405", " ", "14050a").problems()).extracting(Map.Entry::getKey)
                .containsExactly("code", "name", "jurisdiction");
    }

    @Test
    void aMissingRequestNamesEveryField() {
        assertThat(new PlatformRegistration(null, null, null).problems()).hasSize(3);
    }
}
