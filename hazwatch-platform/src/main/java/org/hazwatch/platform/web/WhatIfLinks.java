package org.hazwatch.platform.web;

import org.hazwatch.platform.alarm.rules.AlarmSystemHealth;
import org.hazwatch.protocol.PointCode;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The what-if page's address for a bad actor of the health page ({@code ${@whatIfLinks.of(p)}}): a monitoring point
 * has one; an enterprise's or a camera's alarms (offline, video) have none (null).
 */
@Component("whatIfLinks")
public class WhatIfLinks {

    public String of(AlarmSystemHealth.PointCount count) {
        if (count == null || count.pointCode() == null || PointCode.parse(count.pointCode()).isEmpty()) {
            return null;
        }
        return UriComponentsBuilder.fromPath("/points/{code}/what-if").buildAndExpand(count.pointCode()).toUriString();
    }
}
