package org.hazwatch.platform.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * A scripted risk episode for the demo (演示预警过程) on 山西晋丰煤化工's 1# liquid ammonia sphere, part of a level-1
 * (一级) hazard source: pressure, temperature and level climb together within a few minutes — the pressure past H
 * 1.8 and HH 2.0 MPa, the temperature past H 40.2 °C towards HH 49.8 °C, the level past H 10.2 m — hold, and return
 * to normal. The warning model sees the pressure beyond H heading for HH (yellow), then its HH alarm with the
 * temperature heading for HH (red), then three points of the sphere in alarm (still red), and after the return it
 * downgrades and lifts the warning, each a hold later. Minutes from the episode's start:
 *
 * <pre>
 * pressure     1.0 until 0.5, ramp to 2.15 at 4,   held until 8, back to 1.0 at 11
 * temperature  20  until 0.5, ramp to 46   at 4.5, held until 8, back to 20  at 11
 * level        6   until 0.5, ramp to 10.5 at 4.5, held until 8, back to 6   at 11
 * </pre>
 *
 * Outside its 11 minutes the points follow their ordinary demo signal.
 */
final class DemoEpisode {

    static final String ENTERPRISE = "14052500002";
    static final String PRESSURE = "14052500002001G0001YL001";
    static final String TEMPERATURE = "14052500002001G0001WD001";
    static final String LEVEL = "14052500002001G0001YW001";
    static final Duration LENGTH = Duration.ofMinutes(11);

    private final Instant firstStart;
    private final Duration every;
    private final Random noise = new Random(18218);

    DemoEpisode(Instant firstStart, Duration every) {
        this.firstStart = firstStart;
        this.every = every;
    }

    /** The scripted value of the point at the time, or empty when the episode does not drive it then. */
    OptionalDouble valueAt(String pointCode, Instant at) {
        if (at.isBefore(firstStart)
                || !(PRESSURE.equals(pointCode) || TEMPERATURE.equals(pointCode) || LEVEL.equals(pointCode))) {
            return OptionalDouble.empty();
        }
        long sinceStart = Duration.between(firstStart, at).toMillis() % every.toMillis();
        if (sinceStart >= LENGTH.toMillis()) {
            return OptionalDouble.empty();
        }
        double minute = sinceStart / 60_000.0;
        return switch (pointCode) {
            case PRESSURE -> OptionalDouble.of(shape(minute, 0.5, 4, 8, 11, 1.0, 2.15) + 0.003 * noise.nextGaussian());
            case TEMPERATURE -> OptionalDouble.of(shape(minute, 0.5, 4.5, 8, 11, 20, 46) + 0.1 * noise.nextGaussian());
            default -> OptionalDouble.of(shape(minute, 0.5, 4.5, 8, 11, 6, 10.5) + 0.01 * noise.nextGaussian());
        };
    }

    /** {@code base} until {@code up}, a ramp to {@code peak} at {@code top}, held until {@code down}, back at
     * {@code end}. */
    static double shape(double minute, double up, double top, double down, double end, double base, double peak) {
        if (minute < up || minute >= end) {
            return base;
        }
        if (minute < top) {
            return base + (peak - base) * (minute - up) / (top - up);
        }
        if (minute < down) {
            return peak;
        }
        return peak - (peak - base) * (minute - down) / (end - down);
    }
}
