package org.hazwatch.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void writesCarriageReturnLineFeedAndNulAsEscapesSoNoLineCanBeForged() {
        assertThat(LogSafe.of("bob\r\n2026-12-05 INFO forged\u0000")).isEqualTo("bob\\r\\n2026-12-05 INFO forged\\u0000")
                .doesNotContain("\n", "\r");
    }

    @Test
    void leavesOrdinaryNamesAloneAndCutsVeryLongOnes() {
        assertThat(LogSafe.of("泽州县-admin_1@x")).isEqualTo("泽州县-admin_1@x");
        assertThat(LogSafe.of("a".repeat(500))).hasSize(LogSafe.MAX + 1).endsWith("…");
        assertThat(LogSafe.of(null)).isEqualTo("null");
    }

    @Test
    void storesANameWithoutControlCharactersAndNoLongerThanTheColumn() {
        assertThat(LogSafe.stored("nul\u0000name\r\n", 64)).isEqualTo("nul?name??");
        assertThat(LogSafe.stored("a".repeat(100), 64)).hasSize(64);
    }
}
