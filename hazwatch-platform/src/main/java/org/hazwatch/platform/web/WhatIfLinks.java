package org.hazwatch.platform.web;

import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.protocol.PointCode;
import org.springframework.stereotype.Component;

/**
 * Whether a bad actor of the health page has a what-if page ({@code th:if="${@whatIfLinks.has(p)}"}): a monitoring
 * point has one; an enterprise's or a camera's alarms (offline, video) have none.
 */
@Component("whatIfLinks")
public class WhatIfLinks {

    public boolean has(AlarmSystemHealth.PointCount count) {
        return count != null && count.pointCode() != null && PointCode.parse(count.pointCode()).isPresent();
    }
}
