package org.hazwatch.protocol;

import java.time.ZoneId;

/**
 * Beijing time (北京时间), the one zone China's plants and regulators keep: gateways and the simulator write their
 * readings' times in it, and it is the platform's default for {@code hazwatch.zone} (what pages and the API show, how
 * days and deadlines are read). Written here once so that every module takes it from one place.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BeijingTime() {
    }
}
