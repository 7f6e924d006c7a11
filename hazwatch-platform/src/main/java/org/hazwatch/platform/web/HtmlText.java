package org.hazwatch.platform.web;

import org.springframework.web.util.HtmlUtils;

/**
 * Text written into hand-made markup ({@link MapList}, {@link EnterpriseTable}), escaped as the templates escape it:
 * Spring's {@link HtmlUtils} for UTF-8, which replaces only {@code & < > " '}. Most names and codes hold none of
 * them, so those are appended as they are instead of being copied through a new builder (5,000 enterprises × eight
 * values on a province's page).
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Appends the text escaped; nothing for null. */
    static StringBuilder append(StringBuilder html, String text) {
        if (text == null) {
            return html;
        }
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '&', '<', '>', '"', '\'' -> {
                    return html.append(HtmlUtils.htmlEscape(text, "UTF-8"));
                }
                default -> {
                    // nothing to escape so far
                }
            }
        }
        return html.append(text);
    }

    /** Appends {@code  name="value"} with the value escaped; nothing when the value is null. */
    static StringBuilder attribute(StringBuilder html, String name, String value) {
        if (value != null) {
            append(html.append(' ').append(name).append("=\""), value).append('"');
        }
        return html;
    }
}
