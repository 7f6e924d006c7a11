package org.hazwatch.platform.web;

import org.springframework.stereotype.Component;

/** Durations in words for the what-if page's templates: {@code ${@whatIfDurations.of(seconds)}}. */
@Component("whatIfDurations")
public class WhatIfDurations {

    public String of(double seconds) {
        return WhatIfPageController.duration(seconds);
    }
}
