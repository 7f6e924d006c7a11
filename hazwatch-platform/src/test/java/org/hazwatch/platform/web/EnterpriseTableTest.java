package org.hazwatch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazwatch.platform.registry.HazardSourceView;
import org.hazwatch.platform.warning.rules.WarningLevel;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The overview's enterprise table, written without a template loop, reads as the loop (overview.html before issue
 * 17's o-page, kept below) wrote it: every level, presence, hazard-source grading, a missing address, level or R,
 * and text to escape, in Chinese and in English.
 */
class EnterpriseTableTest {

    /** The rows as overview.html's loop wrote them. */
    private static final String LOOP = """
            <tbody th:with="enterprisePage=${page}">
            <tr th:each="row : ${enterprises}" th:attr="data-code=${row.enterprise.code}">
              <td><a th:href="${enterprisePage + row.enterprise.code}" th:text="${row.enterprise.name}">某化工有限公司</a></td>
              <td class="mono" th:text="${row.enterprise.code}">14052500001</td>
              <td th:text="${row.enterprise.address}">地址</td>
              <td><span class="tag" th:classappend="${'w-' + #strings.toLowerCase(row.enterprise.levelName())}"
                        th:text="#{'warning.level.' + ${row.enterprise.levelName()}}">无预警</span>
                  <span class="tag" th:classappend="${row.enterprise.online} ? 'on' : 'off'"
                        th:text="${row.enterprise.online} ? #{map.online} : #{map.offline}">离线</span></td>
              <td>
                <span th:each="hs : ${row.hazardSources}" class="hazard" th:classappend="${hs.level != null} ? ${'lv' + hs.level}"
                      th:title="${'R = ' + (hs.r != null ? #numbers.formatDecimal(hs.r, 1, 2) : '—')}">
                  <span th:text="${hs.name}">液氯储罐区</span>
                  <em th:text="${hs.level != null} ? ${#messages.msg('level.' + hs.level)} : #{level.none}">三级</em>
                </span>
              </td>
            </tr>
            </tbody>""";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    EnterpriseTableTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void everyRowReadsAsTheTemplateLoopWroteItInChineseAndInEnglish() {
        List<EnterpriseRow> rows = rows();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String written = "<tbody>" + new EnterpriseTable(rows, messages, locale).html("/ctx/enterprises/")
                    + "</tbody>";

            assertThat(normalised(written)).as(locale.toString()).isEqualTo(normalised(loop(rows, locale)));
        }
    }

    @Test
    void aNameToEscapeIsEscapedInTheLinkAndTheGradingIsShown() {
        String html = new EnterpriseTable(rows(), messages, Locale.SIMPLIFIED_CHINESE).html("/enterprises/");

        assertThat(html).contains("<tr data-code=\"14052500001\">", "<a href=\"/enterprises/14052500001\">",
                        "A&amp;B &quot;&lt;化工&gt;&quot; &#39;s", "title=\"R = 240.00\"", "液氨储罐区</span>")
                .containsPattern("液氨储罐区</span>\\s*<em>一级</em>").doesNotContain("<化工>");
        assertThat(html.split("<tr data-code=", -1)).hasSize(rows().size() + 1);
    }

    @Test
    void anEmptyTableHasNoRows() {
        EnterpriseTable table = new EnterpriseTable(List.of(), messages, Locale.SIMPLIFIED_CHINESE);

        assertThat(table.isEmpty()).isTrue();
        assertThat(table.html("/enterprises/")).isEmpty();
    }

    private static List<EnterpriseRow> rows() {
        List<EnterpriseRow> rows = new ArrayList<>();
        rows.add(new EnterpriseRow(new Overview.MapEnterprise("14052500001", "A&B \"<化工>\" 's", "泽州县 巴公镇",
                112.85, 35.49, WarningLevel.RED, true, "视频 1/2 在线"), List.of(
                source("14052500001001", "液氨储罐区", 240.0, 1), source("14052500001002", "甲醇<罐>区", 12.345, 4),
                source("14052500001003", "未分级罐区", null, null))));
        rows.add(new EnterpriseRow(new Overview.MapEnterprise("14052500002", "晋城化工", null, null, null, null,
                false), List.of()));
        for (WarningLevel level : WarningLevel.values()) {
            rows.add(new EnterpriseRow(new Overview.MapEnterprise("1405250000" + (3 + level.ordinal()), "企业" + level,
                    "地址", 110.0, 35.0, level, level.ordinal() % 2 == 0), List.of(source("c" + level, "罐区", 1234.5,
                    2 + level.ordinal() % 3))));
        }
        return rows;
    }

    private static HazardSourceView source(String code, String name, Double r, Integer level) {
        return new HazardSourceView(code, code.substring(0, Math.min(11, code.length())), name, 10, null, r, null,
                true, level, null, level, null);
    }

    private String loop(List<EnterpriseRow> rows, Locale locale) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.setTemplateEngineMessageSource(messages);
        return engine.process(LOOP, new Context(locale, Map.of("enterprises", rows, "page", "/ctx/enterprises/")));
    }

    /** Whitespace between and inside elements as one space: the loop's indentation is the template's. */
    private static String normalised(String html) {
        return html.replaceAll("\\s+", " ").replace("> <", "><").replace("> ", ">").replace(" <", "<").trim();
    }
}
