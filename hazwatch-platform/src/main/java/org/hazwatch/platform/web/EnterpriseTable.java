package org.hazwatch.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hazwatch.platform.registry.HazardSourceView;
import org.springframework.context.MessageSource;
import org.thymeleaf.util.NumberUtils;

/**
 * The overview's enterprise table (辖区企业, up to 500 rows): the enterprise's name linked to its page, code,
 * address, warning level and presence, and its graded hazard sources. Written here rather than by a template loop,
 * as {@link MapList} is: the loop evaluated some twenty expressions a row and was most of a province page's
 * rendering (issue 17). The markup is the loop's ({@code EnterpriseTableTest} renders both); the words come from the
 * same messages, looked up once a page.
 */
final class EnterpriseTable {

    private static final int CHARS_PER_ROW = 400;

    private final List<EnterpriseRow> rows;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> words = new HashMap<>();

    EnterpriseTable(List<EnterpriseRow> rows, MessageSource messages, Locale locale) {
        this.rows = rows;
        this.messages = messages;
        this.locale = locale;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows, a {@code <tr data-code>} each; {@code enterprisePage} is the enterprise page's link without the code. */
    public String html(String enterprisePage) {
        StringBuilder html = new StringBuilder(rows.size() * CHARS_PER_ROW);
        for (EnterpriseRow row : rows) {
            Overview.MapEnterprise e = row.enterprise();
            HtmlText.attribute(html.append("<tr"), "data-code", e.code()).append(">\n");
            HtmlText.attribute(html.append("  <td><a"), "href", enterprisePage + e.code()).append('>');
            HtmlText.append(html, e.name()).append("</a></td>\n");
            HtmlText.append(html.append("  <td class=\"mono\">"), e.code()).append("</td>\n");
            HtmlText.append(html.append("  <td>"), e.address()).append("</td>\n");
            HtmlText.attribute(html.append("  <td><span"), "class", "tag w-" + e.levelName().toLowerCase(Locale.ROOT))
                    .append('>');
            HtmlText.append(html, word("warning.level." + e.levelName())).append("</span>\n");
            html.append("      <span class=\"tag ").append(e.online() ? "on" : "off").append("\">");
            HtmlText.append(html, word(e.online() ? "map.online" : "map.offline")).append("</span></td>\n");
            html.append("  <td>\n");
            row.hazardSources().forEach(hs -> hazardSource(html, hs));
            html.append("  </td>\n</tr>\n");
        }
        return html.toString();
    }

    private void hazardSource(StringBuilder html, HazardSourceView hs) {
        HtmlText.attribute(html.append("    <span"), "class", hs.level() == null ? "hazard" : "hazard lv" + hs.level());
        // #numbers.formatDecimal(r, 1, 2) as the template wrote it
        HtmlText.attribute(html, "title", "R = " + (hs.r() == null ? "—" : NumberUtils.format(hs.r(), 1, 2, locale)))
                .append(">\n");
        HtmlText.append(html.append("      <span>"), hs.name()).append("</span>\n");
        HtmlText.append(html.append("      <em>"), word(hs.level() == null ? "level.none" : "level." + hs.level()))
                .append("</em>\n    </span>\n");
    }

    /** A message as the template's {@code #{…}} showed it, a missing one as {@code ??key_locale??}. */
    private String word(String key) {
        return words.computeIfAbsent(key, k -> messages.getMessage(k, null, "??" + k + "_" + locale + "??", locale));
    }
}
