package org.hazwatch.platform.video;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How long the cameras of an enterprise were online, for other features (data quality, patrol, warnings): a camera
 * is online from an online status report until it reports offline or stays silent for 10 minutes (SPEC §11).
 */
public interface CameraPresence {

    /** Every registered camera of the enterprise with its online time within {@code [from, to)}; never reported is 0. */
    Map<String, Duration> onlineTime(String enterpriseCode, Instant from, Instant to);
}
