package org.hazwatch.platform.quality.rules;

import java.time.Instant;

/**
 * What arrived of one point in one hour of the day (by the readings' own time).
 *
 * @param received      readings stored
 * @param late          of those, received more than the allowed delay (5 min) after their time
 * @param usable        of those, GOOD or UNCERTAIN and within the measuring range
 * @param flatlined     of the usable, part of a run of one unchanged value lasting the flatline time or longer
 * @param onlineSeconds time the point counted as online from these readings (each until the next, at most the
 *                      offline time)
 */
public record PointHour(String pointCode, Instant hour, long received, long late, long usable, long flatlined,
                        double onlineSeconds) {
}
