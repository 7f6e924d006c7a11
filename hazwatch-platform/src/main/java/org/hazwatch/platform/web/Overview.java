package org.hazwatch.platform.web;

import java.util.List;
import org.hazwatch.platform.warning.rules.WarningLevel;

/**
 * What the regulator's overview (一张图) shows of a jurisdiction: the cards, the enterprises on the map, the live
 * list's first rows and the trend charts' data.
 *
 * @param boundary the bundled boundary file to draw ({@code static/geo/<code>.geojson}), or null
 * @param focus    the feature of that file that is the user's jurisdiction, or null when the whole file is
 * @param trendJson the charts' data as JSON, safe inside a script element
 */
record Overview(String place, String boundary, String focus, List<MapEnterprise> enterprises, Cards cards,
                List<LiveRow> live, String trendJson) {

    /**
     * The cards (企业数, 预警分级, 在线率, 今日承诺率), alone what the pages reload every 30 s.
     *
     * @param byLevel enterprises per warning level, RED … BLUE, then those without a warning
     */
    record Cards(long total, long[] byLevel, long online, Double onlineRate, Double commitmentRate,
                 long committed) {
    }

    /** One marker: an enterprise with its standing warning level (null = none) and presence. */
    record MapEnterprise(String code, String name, String address, Double lon, Double lat, WarningLevel level,
                         boolean online, String video) {

        /** Without cameras: {@code video} is the cameras' state as the popup shows it (视频 2/3 在线), or empty. */
        MapEnterprise(String code, String name, String address, Double lon, Double lat, WarningLevel level,
                      boolean online) {
            this(code, name, address, lon, lat, level, online, "");
        }

        public String levelName() {
            return level == null ? "NONE" : level.name();
        }
    }

    /** One row of the live list: an alarm or a warning in force. */
    record LiveRow(String id, String type, String enterpriseCode, String enterpriseName, String what,
                   String severity, String tone, String at) {

        LiveRow cleared() {
            return new LiveRow(id, type, enterpriseCode, enterpriseName, what, severity, tone + " cleared", at);
        }
    }

    /** The map's enterprise list as HTML ({@link MapList}). */
    public String mapItems() {
        return MapList.html(enterprises);
    }
}
