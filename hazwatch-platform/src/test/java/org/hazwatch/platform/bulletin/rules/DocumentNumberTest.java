package org.hazwatch.platform.bulletin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void writesTheYearInHexagonalBracketsAndTheSequenceWithoutLeadingZeros() {
        assertThat(new DocumentNumber("泽应急通报", 2026, 12).text()).isEqualTo("泽应急通报〔2026〕12号");
        assertThat(new DocumentNumber("晋应急通报", 2027, 1).text()).isEqualTo("晋应急通报〔2027〕1号");
    }

    @Test
    void theDefaultPrefixIsTheFirstCharacterOfTheNameWithoutItsDivisionEnding() {
        assertThat(DocumentNumber.defaultPrefix("泽州县")).isEqualTo("泽应急通报");
        assertThat(DocumentNumber.defaultPrefix("晋城市")).isEqualTo("晋应急通报");
        assertThat(DocumentNumber.defaultPrefix("内蒙古自治区")).isEqualTo("内应急通报");
        assertThat(DocumentNumber.defaultPrefix("")).isEqualTo("应急通报");
    }

    @Test
    void aNumberWithoutSequenceIsRefused() {
        assertThatThrownBy(() -> new DocumentNumber("泽应急通报", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
