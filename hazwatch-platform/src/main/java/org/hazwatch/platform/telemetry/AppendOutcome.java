package org.hazwatch.platform.telemetry;

/**
 * What the reading log did with one request's readings, once they are committed.
 *
 * @param stored     readings new to the log
 * @param duplicates readings it already had for that point and time (the first one stays)
 */
public record AppendOutcome(int stored, int duplicates) {
}
