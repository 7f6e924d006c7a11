package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HttpSmsTemplateTest {

    private static final Map<String, String> VALUES = Map.of("phone", "13800138000", "text", "液位\"高\"\n处置\\");

    @Test
    void jsonEscapesValuesInsertedIntoAJsonBody() {
        String body = new HttpSmsTemplate("{\"to\":\"${phone}\",\"msg\":\"${text}\"}")
                .render(VALUES, HttpSmsTemplate::json);

        assertThat(body).isEqualTo("{\"to\":\"13800138000\",\"msg\":\"液位\\\"高\\\"\\n处置\\\\\"}");
    }

    @Test
    void escapesTwiceForJsonCarriedInsideAJsonString() {
        String body = new HttpSmsTemplate("{\"p\":\"{\\\"t\\\":\\\"${text|json}\\\"}\"}")
                .render(Map.of("text", "a\"b"), HttpSmsTemplate::json);

        assertThat(body).isEqualTo("{\"p\":\"{\\\"t\\\":\\\"a\\\\\\\"b\\\"}\"}");
    }

    @Test
    void urlEncodesForQueriesAndFormsAndKeepsHeadersOnOneLine() {
        assertThat(new HttpSmsTemplate("a?m=${text}").render(Map.of("text", "预警 & 1+1"), HttpSmsTemplate::url))
                .isEqualTo("a?m=%E9%A2%84%E8%AD%A6%20%26%201%2B1");
        assertThat(new HttpSmsTemplate("${text}").render(VALUES, HttpSmsTemplate::header)).doesNotContain("\n");
    }

    @Test
    void escapesControlCharactersAndLineSeparators() {
        assertThat(HttpSmsTemplate.json("\u0001\u2028\t")).isEqualTo("\\u0001\\u2028\\t");
    }

    @Test
    void anUnknownPlaceholderIsAnError() {
        assertThatThrownBy(() -> new HttpSmsTemplate("${phnoe}").render(VALUES, UnaryOperator.identity()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phnoe");
    }

    @Test
    void textWithoutPlaceholdersAndDollarSignsInValuesStayAsTheyAre() {
        assertThat(new HttpSmsTemplate("${text}").render(Map.of("text", "$1 ${x}"), UnaryOperator.identity()))
                .isEqualTo("$1 ${x}");
    }
}
