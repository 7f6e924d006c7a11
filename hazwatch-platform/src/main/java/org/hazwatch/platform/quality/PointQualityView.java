package org.hazwatch.platform.quality;

import java.util.List;

/**
 * One point's figures of a day (minutes in the zone's day; rates 0..1, null where nothing applies).
 *
 * @param counted  false when filings cover the point all day (left out of the rates)
 * @param reasons  why it lowers the score, worst first: NEVER_CONNECTED, OFFLINE, LATE, INVALID, FLATLINED
 * @param summary  the reasons in words (zh-CN), e.g. 离线 3.5 小时
 */
public record PointQualityView(String pointCode, String name, boolean counted, boolean everConnected, long received,
                               long late, long usable, long invalid, long flatlined, double onlineMinutes,
                               double expectedMinutes, double offlineHours, Double onlineRate, Double timeliness,
                               Double validity, double score, List<String> reasons, String summary) {
}
