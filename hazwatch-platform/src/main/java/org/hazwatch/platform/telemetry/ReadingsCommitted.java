package org.hazwatch.platform.telemetry;

import java.time.Instant;
import java.util.List;

/**
 * Event: readings new to the log were committed (duplicates are not repeated). Published on the writer thread
 * after commit, one event per write group; listeners that do more than a little work should hand it on.
 */
public record ReadingsCommitted(Instant receivedAt, List<NewReading> readings) {
}
