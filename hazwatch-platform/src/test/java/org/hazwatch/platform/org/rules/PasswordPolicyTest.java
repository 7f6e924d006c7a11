package org.hazwatch.platform.org.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsEightCharactersOfThreeClasses() {
        assertThat(PasswordPolicy.problems("zhang", "Demo@2026")).isEmpty();
        assertThat(PasswordPolicy.problems("zhang", "county-regulator-1")).isEmpty();
        assertThat(PasswordPolicy.problems("zhang", "abcDEF12")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.problems("zhang", "Ab1!xyz")).containsExactly("at least 8 characters");
    }

    @Test
    void refusesPasswordsOfFewerThanThreeClasses() {
        assertThat(PasswordPolicy.problems("zhang", "admin-test-password")).hasSize(1)
                .first().asString().startsWith("at least 3 of");
        assertThat(PasswordPolicy.problems("zhang", "12345678")).hasSize(1);
        assertThat(PasswordPolicy.problems("zhang", "ABCDEFGH1")).hasSize(1);
    }

    @Test
    void refusesAPasswordHoldingTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.problems("zhangsan", "ZhangSan@2026")).containsExactly("must not contain the user name");
    }
}
