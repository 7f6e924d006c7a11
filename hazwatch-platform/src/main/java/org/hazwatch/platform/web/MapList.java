package org.hazwatch.platform.web;

import java.util.List;

/**
 * The map's hidden enterprise list ({@code <ul id="map-enterprises">}, read by overview.js and the tests), one
 * {@code <li data-code data-name data-address data-lon data-lat data-level data-online data-video>} per enterprise,
 * written here rather than by a template loop: the loop evaluated eight expressions for each of a province's 5,000
 * enterprises and was most of the page's time (issue 17). The markup is the loop's: the values escaped for HTML, a
 * missing coordinate left out ({@link HtmlText}).
 */
final class MapList {

    private static final int BYTES_PER_ITEM = 200;

    private MapList() {
    }

    static String html(List<Overview.MapEnterprise> enterprises) {
        StringBuilder html = new StringBuilder(enterprises.size() * BYTES_PER_ITEM);
        for (Overview.MapEnterprise e : enterprises) {
            html.append("<li");
            HtmlText.attribute(html, "data-code", e.code());
            HtmlText.attribute(html, "data-name", e.name());
            HtmlText.attribute(html, "data-address", e.address());
            HtmlText.attribute(html, "data-lon", e.lon() == null ? null : e.lon().toString());
            HtmlText.attribute(html, "data-lat", e.lat() == null ? null : e.lat().toString());
            HtmlText.attribute(html, "data-level", e.levelName());
            HtmlText.attribute(html, "data-online", Boolean.toString(e.online()));
            HtmlText.attribute(html, "data-video", e.video());
            HtmlText.append(html.append('>'), e.name()).append("</li>\n");
        }
        return html.toString();
    }
}
