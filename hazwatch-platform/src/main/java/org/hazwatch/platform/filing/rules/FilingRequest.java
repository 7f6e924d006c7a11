package org.hazwatch.platform.filing.rules;

import java.time.Instant;
import java.util.List;

/**
 * A filing as the enterprise makes it (报备).
 *
 * @param targets hazard source codes for {@link FilingScope#HAZARD_SOURCES}, point codes for
 *                {@link FilingScope#POINTS}, camera codes for {@link FilingScope#CAMERAS}, empty for the whole
 *                enterprise
 * @param until   the end of the period, exclusive
 */
public record FilingRequest(FilingType type, FilingScope scope, List<String> targets, Instant from, Instant until,
                            String reason) {

    public FilingRequest {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
