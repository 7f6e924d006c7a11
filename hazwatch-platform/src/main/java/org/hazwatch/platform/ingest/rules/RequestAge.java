package org.hazwatch.platform.ingest.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a signed request is recent enough to be served (SPEC §10: older than 5 minutes is refused). A request
 * stamped as far in the future is refused too, or a gateway with a fast clock could make a signature live longer
 * than the replay memory that guards it.
 */
public record RequestAge(Duration maxAge) {

    public boolean fresh(Instant stamped, Instant now) {
        return !stamped.isBefore(now.minus(maxAge)) && !stamped.isAfter(now.plus(maxAge));
    }
}
