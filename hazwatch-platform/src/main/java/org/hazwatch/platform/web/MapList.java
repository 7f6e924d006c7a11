package org.hazwatch.platform.web;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The map's hidden enterprise list ({@code <ul id="map-enterprises">}, read by overview.js and the tests), one
 * {@code <li data-code data-name data-address data-lon data-lat data-level data-online data-video>} per enterprise,
 * written here rather than by a template loop: the loop evaluated eight expressions for each of a province's 5,000
 * enterprises and was most of the page's time (issue 17). The markup is the loop's: the values escaped for HTML, a
 * missing coordinate left out.
 */
final class MapList {

    private static final int BYTES_PER_ITEM = 200;

    private MapList() {
    }

    static String html(List<Overview.MapEnterprise> enterprises) {
        StringBuilder html = new StringBuilder(enterprises.size() * BYTES_PER_ITEM);
        for (Overview.MapEnterprise e : enterprises) {
            html.append("<li");
            attribute(html, "data-code", e.code());
            attribute(html, "data-name", e.name());
            attribute(html, "data-address", e.address());
            attribute(html, "data-lon", e.lon() == null ? null : e.lon().toString());
            attribute(html, "data-lat", e.lat() == null ? null : e.lat().toString());
            attribute(html, "data-level", e.levelName());
            attribute(html, "data-online", Boolean.toString(e.online()));
            attribute(html, "data-video", e.video());
            html.append('>').append(escape(e.name())).append("</li>\n");
        }
        return html.toString();
    }

    private static void attribute(StringBuilder html, String name, String value) {
        if (value != null) {
            html.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
